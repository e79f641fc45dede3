package eu.dsrportal.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invisible and direction-changing characters are refused in what people type (issue 9). */
class PlainTextTest {
  private final PlainText.Check line = check(false);
  private final PlainText.Check text = check(true);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0000", // Cc: NUL
        "\u0007", // Cc: bell
        "\u001B", // Cc: escape
        "\u007F", // Cc: delete
        "\u0085", // Cc: C1 next line
        "\u009B", // Cc: C1 control sequence introducer
        "\u202E", // Cf: right-to-left override
        "\u202D", // Cf: left-to-right override
        "\u2066", // Cf: left-to-right isolate
        "\u200E", // Cf: left-to-right mark
        "\u200B", // Cf: zero-width space
        "\u200D", // Cf: zero-width joiner
        "\u2060", // Cf: word joiner
        "\uFEFF", // Cf: byte order mark / zero-width no-break space
        "\u00AD", // Cf: soft hyphen
        "\uD800", // Cs: lone high surrogate
        "\uDC00", // Cs: lone low surrogate
      })
  void refusesControlFormatAndSurrogateCharactersInLinesAndTexts(String character) {
    String hidden = "Jan" + character + "Peeters";
    assertThat(line.isValid(hidden, null))
        .as("line with U+%04X", (int) character.charAt(0))
        .isFalse();
    assertThat(text.isValid(hidden, null))
        .as("text with U+%04X", (int) character.charAt(0))
        .isFalse();
    assertThat(line.isValid(character, null)).isFalse();
  }

  @Test
  void aLoneSurrogateAtEitherEndIsRefused() {
    assertThat(line.isValid("abc\uD83D", null)).isFalse();
    assertThat(line.isValid("\uDE00abc", null)).isFalse();
    assertThat(line.isValid("\uDE00\uD83D", null)).as("a pair in the wrong order").isFalse();
  }

  @Test
  void lineBreaksAndTabsOnlyInMultilineTexts() {
    for (String lineBreak : new String[] {"\n", "\r\n", "\r", "\t"}) {
      String twoLines = "Dear Sir," + lineBreak + "please erase my data.";
      assertThat(text.isValid(twoLines, null)).isTrue();
      assertThat(line.isValid(twoLines, null)).isFalse();
    }
    assertThat(text.isValid("a\u000Bb", null)).as("vertical tab").isFalse();
    assertThat(text.isValid("a\u000Cb", null)).as("form feed").isFalse();
    assertThat(text.isValid("a\u2028b", null))
        .as("line separator is Zl, not a textarea's")
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Jan Peeters",
        "Éloïse Dupré-Lefèvre",
        "Ødegård Ærø Straße",
        "Çağrı Şahin",
        "Łukasz Żółć",
        "Ολυμπία",
        "Дмитрий",
        "王小明",
        "山田 太郎",
        "김민준",
        "محمد علي",
        "שלום",
        "Merci 😀 👍🏽 🇧🇪",
        "x\u00A0y", // no-break space (Zs)
        "e\u0301", // e with combining acute (Mn)
        "a+b@example.org",
        "",
      })
  void ordinaryTextOfEveryScriptIsAccepted(String ordinary) {
    assertThat(line.isValid(ordinary, null)).as(ordinary).isTrue();
    assertThat(text.isValid(ordinary, null)).as(ordinary).isTrue();
  }

  @Test
  void nullIsValidAsForOtherConstraints() {
    assertThat(line.isValid(null, null)).isTrue();
    assertThat(PlainText.Check.isPlain(null, false)).isTrue();
  }

  @Test
  void domainRulesGetAMessageKey() {
    PlainText.Check.requirePlain("Federal police", false);
    assertThatThrownBy(() -> PlainText.Check.requirePlain("evil\u202Etxt.exe", false))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("text.error.invalidCharacters");
  }

  @Test
  void recordedTextShowsTheRefusedCharactersAsReplacement() {
    assertThat(PlainText.Check.marked("ad\u200Bmin\u202E")).isEqualTo("ad\uFFFDmin\uFFFD");
    assertThat(PlainText.Check.marked("Łukasz 😀")).isEqualTo("Łukasz 😀");
    assertThat(PlainText.Check.marked(null)).isNull();
  }

  @Test
  void emailAddressesWithHiddenCharactersAreNotValid() {
    assertThat(EmailAddress.isValid("ann@example.org")).isTrue();
    assertThat(EmailAddress.isValid("ann\u200B@example.org")).isFalse();
    assertThat(EmailAddress.isValid("ann@exa\u202Emple.org")).isFalse();
  }

  private static PlainText.Check check(boolean multiline) {
    PlainText.Check check = new PlainText.Check();
    check.initialize(
        new PlainText() {
          @Override
          public Class<? extends Annotation> annotationType() {
            return PlainText.class;
          }

          @Override
          public boolean multiline() {
            return multiline;
          }

          @Override
          public String message() {
            return "";
          }

          @Override
          public Class<?>[] groups() {
            return new Class<?>[0];
          }

          @Override
          @SuppressWarnings("unchecked")
          public Class<? extends jakarta.validation.Payload>[] payload() {
            return new Class[0];
          }
        });
    return check;
  }
}
