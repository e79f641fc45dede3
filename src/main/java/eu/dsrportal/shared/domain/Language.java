package eu.dsrportal.shared.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks to data subjects and customers. */
public enum Language {
  NL,
  FR,
  EN,
  DE;

  public static final Language DEFAULT = NL;

  /** Made once: each mail and page asks for it, and parsing a language tag is not free. */
  private final Locale locale = Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));

  public String tag() {
    return locale.getLanguage();
  }

  public Locale locale() {
    return locale;
  }

  public static Optional<Language> fromTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(l -> l.tag().equalsIgnoreCase(tag.trim())).findFirst();
  }

  public static Language of(Locale locale) {
    return locale == null ? DEFAULT : fromTag(locale.getLanguage()).orElse(DEFAULT);
  }
}
