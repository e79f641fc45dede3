package eu.dsrportal.routing.application;

import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a search box's text asks for: a reference (exact, unique index), an e-mail address (exact,
 * indexed) or words of the subject's name and the organisation typed (MariaDB FULLTEXT in boolean
 * mode: every word must occur, each as a word prefix). Words shorter than the full-text index's
 * minimum token size (3, InnoDB's default) are left out, as the index has none.
 */
public record SearchText(Kind kind, String value) {
  public enum Kind {
    REFERENCE,
    EMAIL,
    WORDS
  }

  public static final int MAX_LENGTH = 200;
  static final int MIN_WORD_LENGTH = 3;
  static final int MAX_WORDS = 10;

  /** The search a text asks for; null for none (null or blank). */
  public static SearchText parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw new DomainRuleViolation("search.error.tooLong");
    }
    var reference = RequestReference.tryParse(trimmed.toUpperCase(Locale.ROOT));
    if (reference.isPresent()) {
      return new SearchText(Kind.REFERENCE, reference.get().value());
    }
    if (trimmed.indexOf('@') > 0
        && !trimmed.contains(" ")
        && trimmed.length() <= Request.EMAIL_LENGTH) {
      return new SearchText(Kind.EMAIL, trimmed);
    }
    List<String> words =
        Arrays.stream(trimmed.split("[^\\p{L}\\p{N}]+"))
            .filter(w -> w.codePointCount(0, w.length()) >= MIN_WORD_LENGTH)
            .distinct()
            .limit(MAX_WORDS)
            .toList();
    if (words.isEmpty()) {
      throw new DomainRuleViolation("search.error.tooShort");
    }
    return new SearchText(Kind.WORDS, String.join(" ", words));
  }

  /**
   * The boolean-mode query of the words: each required, each a prefix ({@code +acme* +retail*}).
   * Only letters and digits reach it, so no operator typed by a user can change its meaning.
   */
  public String booleanQuery() {
    return Arrays.stream(value.split(" ")).map(w -> "+" + w + "*").collect(Collectors.joining(" "));
  }
}
