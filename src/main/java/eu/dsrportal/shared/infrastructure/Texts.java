package eu.dsrportal.shared.infrastructure;

import eu.dsrportal.shared.domain.Language;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing text from the message bundles, for places without a Faces context (mails, API). */
public final class Texts {
  public static final String BUNDLE = "i18n.messages";

  private Texts() {}

  public static String get(Language language, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale());
    try {
      String pattern = bundle.getString(key);
      return args.length == 0
          ? pattern
          : new MessageFormat(pattern, language.locale()).format(args);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }
}
