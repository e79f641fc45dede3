package eu.dsrportal.shared.web;

import eu.dsrportal.shared.domain.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's language and the locale to format dates and numbers in. A language alone formats badly
 * (plain "en" is American: "Dec 3, 2026, 8:46 AM"), so each language has a region: the browser's,
 * when it asks for the same language with a region, else the provider's (Belgium), or Great Britain
 * for English.
 */
public final class UserLocale {
  static final String COOKIE = "lang";

  private static final Map<Language, Locale> DEFAULT_REGION =
      Map.of(
          Language.NL, Locale.forLanguageTag("nl-BE"),
          Language.FR, Locale.forLanguageTag("fr-BE"),
          Language.DE, Locale.forLanguageTag("de-BE"),
          Language.EN, Locale.forLanguageTag("en-GB"));

  private UserLocale() {}

  /** The locale to format in for the language, given the browser's preferred locales in order. */
  public static Locale formatting(Language language, List<Locale> accepted) {
    return accepted.stream()
        .filter(l -> l.getLanguage().equals(language.tag()) && !l.getCountry().isEmpty())
        .findFirst()
        .map(l -> new Locale(l.getLanguage(), l.getCountry()))
        .orElse(DEFAULT_REGION.get(language));
  }

  /**
   * The language a request asks for, outside pages too (downloads): a {@code lang} parameter, else
   * the one chosen before (cookie), else the browser's, else Dutch.
   */
  public static Language language(HttpServletRequest request) {
    Object chosen = request.getAttribute(LanguageFilter.CHOSEN);
    if (chosen instanceof Language l) {
      return l;
    }
    return Language.fromTag(request.getParameter("lang"))
        .or(() -> chosen(request))
        .or(
            () ->
                accepted(request).stream()
                    .flatMap(l -> Language.fromTag(l.getLanguage()).stream())
                    .findFirst())
        .orElse(Language.DEFAULT);
  }

  /** The locale to format in for a request's language. */
  public static Locale formatting(HttpServletRequest request) {
    return formatting(language(request), accepted(request));
  }

  /** The language chosen before with a {@code ?lang=} link, kept in a cookie. */
  static Optional<Language> chosen(HttpServletRequest request) {
    return Arrays.stream(Optional.ofNullable(request.getCookies()).orElse(new Cookie[0]))
        .filter(c -> COOKIE.equals(c.getName()))
        .findFirst()
        .flatMap(c -> Language.fromTag(c.getValue()));
  }

  static List<Locale> accepted(HttpServletRequest request) {
    return request.getHeader("Accept-Language") == null
        ? List.of()
        : Collections.list(request.getLocales());
  }
}
