package eu.dsrportal.shared.rest;

import eu.dsrportal.shared.domain.Language;
import java.util.List;
import java.util.Locale;

/**
 * The language of an API answer's texts (problem titles, details and field messages): the first
 * language of the caller's {@code Accept-Language} that the portal speaks, else English, the
 * language of the API's documentation.
 */
public final class ApiLanguage {
  public static final Language DEFAULT = Language.EN;

  private ApiLanguage() {}

  /** Chosen from the languages the caller accepts, best first (JAX-RS sorts them by quality). */
  public static Language of(List<Locale> acceptable) {
    if (acceptable != null) {
      for (Locale locale : acceptable) {
        var spoken = Language.fromTag(locale.getLanguage());
        if (spoken.isPresent()) {
          return spoken.get();
        }
      }
    }
    return DEFAULT;
  }
}
