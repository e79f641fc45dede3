package eu.dsrportal.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotedTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://evil.example | hxxp://evil[.]example",
        "HTTPS://Evil.Example/login?x=1 | hxxps://Evil[.]Example/login?x=1",
        "www.evil.com | www[.]evil[.]com",
        "see evil.example/path now | see evil[.]example/path now",
        "mail me: jan@evil.example | mail me: jan[@]evil[.]example",
        "ftp://files.evil.example | fxp://files[.]evil[.]example",
        "mailto:jan@evil.example | mailto[:]jan[@]evil[.]example",
        "javascript:alert(1) | javascript[:]alert(1)",
        "ssh://host | ssh[://]host",
        "10.0.0.1 | 10[.]0[.]0[.]1",
        "evil\u3002example | evil[.]example",
        "evil\uFF0Eexample | evil[.]example",
      })
  void addressesDomainsAndMailAddressesAreNoLongerLinks(String typed, String quoted) {
    assertThat(QuotedText.defang(typed)).isEqualTo(quoted);
  }

  @Test
  void theFormulaOfTheAssessmentIsDefanged() {
    assertThat(QuotedText.defang("=HYPERLINK(\"http://evil.example\")"))
        .isEqualTo("=HYPERLINK(\"hxxp://evil[.]example\")")
        .doesNotContain("http://", "evil.example");
  }

  @Test
  void ordinaryTextStaysAsItIs() {
    String text =
        "Jan Peeters-De Smet, Acme NV. Please delete my account, e.g. order 3.14 and v1.2!\n"
            + "Thanks: Jan (jan @ home)";
    assertThat(QuotedText.defang(text)).isEqualTo(text);
    assertThat(QuotedText.defang("Élodie Müller")).isEqualTo("Élodie Müller");
  }

  @Test
  void nothingBecomesEmpty() {
    assertThat(QuotedText.defang(null)).isEmpty();
  }

  @Test
  void defangingTwiceChangesNothingMore() {
    String once = QuotedText.defang("http://www.evil.example and a@b.example");
    assertThat(QuotedText.defang(once)).isEqualTo(once);
  }
}
