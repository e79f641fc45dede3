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

  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag());
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
