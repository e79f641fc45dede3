package eu.dsrportal.shared.infrastructure;

import eu.dsrportal.shared.domain.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing text from the message bundles, for places without a Faces context (mails, API). */
public final class Texts {
  public static final String BUNDLE = "i18n.messages";

  private Texts() {}

  /**
   * Fills in a bundle text. Only texts with placeholders go through MessageFormat, so only those
   * double their apostrophes (a rule for translators).
   */
  public static String format(String pattern, Locale locale, Object... args) {
    return args.length == 0 || !pattern.contains("{")
        ? pattern
        : new MessageFormat(pattern, locale).format(args);
  }

  public static String get(Language language, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale());
    try {
      return format(bundle.getString(key), language.locale(), args);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }
}
