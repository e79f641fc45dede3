package eu.dsrportal.testing;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's own message bundle, so tests find labels and texts as the user reads them. */
public final class Bundle {
  private final ResourceBundle bundle;
  private final Locale locale;

  public Bundle(String language) {
    this("i18n.messages", language);
  }

  /** Another of the portal's bundles, such as ValidationMessages. */
  public Bundle(String baseName, String language) {
    this.locale = Locale.forLanguageTag(language);
    this.bundle = ResourceBundle.getBundle(baseName, locale);
  }

  /** The headings of the portal's error pages (500, 404, 400, a view expired) in this language. */
  public List<String> errorPageHeadings() {
    return List.of(
        get("error.500.title"),
        get("error.404.title"),
        get("error.400.title"),
        get("error.expired.title"));
  }

  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
