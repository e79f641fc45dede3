package eu.dsrportal.mail.domain;

import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.Texts;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a mail's purpose is called for staff (the outbox page, the staff digest's failed mails). A
 * purpose is a code the sending code writes ({@code REQUEST_RECEIVED}, {@code
 * TASK_ACCEPTED_STAFF}); its words are the bundle text {@code mail.purpose.<CODE>}. Purposes made
 * at run time from a part that varies (a task's event, a closing reason, an inquiry reminder's
 * kind, a forwarded request's origin) share the words of their family. A code without words is
 * shown as it is.
 */
public final class MailPurposes {
  static final String PREFIX = "mail.purpose.";

  /** Families of purposes: starts with, ends with, the family's own code. */
  private record Family(String start, String end, String code) {
    boolean holds(String purpose) {
      return purpose.length() > start.length() + end.length()
          && purpose.startsWith(start)
          && purpose.endsWith(end);
    }
  }

  private static final List<Family> FAMILIES =
      List.of(
          new Family("TASK_", "_CUSTOMER", "TASK_CUSTOMER"),
          new Family("TASK_", "_STAFF", "TASK_STAFF"),
          new Family("REQUEST_FORWARDED_CUSTOMER_", "", "REQUEST_FORWARDED_CUSTOMER"),
          new Family("REQUEST_CLOSED_", "", "REQUEST_CLOSED"),
          new Family("INQUIRY_REMINDER_", "", "INQUIRY_REMINDER"));

  private MailPurposes() {}

  /** The bundle key of the purpose's words: its own, else its family's. */
  public static String key(String purpose) {
    String code = purpose == null ? "" : purpose.strip().toUpperCase(Locale.ROOT);
    ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ROOT);
    if (bundle.containsKey(PREFIX + code)) {
      return PREFIX + code;
    }
    return FAMILIES.stream()
        .filter(f -> f.holds(code))
        .map(f -> PREFIX + f.code())
        .findFirst()
        .orElse(PREFIX + code);
  }

  /** The purpose in words, in the language; the code itself when it has none. */
  public static String label(String purpose, Language language) {
    try {
      return ResourceBundle.getBundle(Texts.BUNDLE, language.locale()).getString(key(purpose));
    } catch (MissingResourceException noWords) {
      return purpose;
    }
  }
}
