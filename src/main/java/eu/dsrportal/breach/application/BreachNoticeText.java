package eu.dsrportal.breach.application;

import eu.dsrportal.breach.domain.BreachDetails;
import eu.dsrportal.breach.domain.BreachNotice;
import eu.dsrportal.mail.domain.QuotedText;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.Texts;
import eu.dsrportal.shared.web.Formats;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The text of a breach notice in the customer's language: the facts of the register entry as GDPR
 * art. 33(3) asks the customer to report them, each on a labelled line, what the customer decides
 * itself (art. 13.3–13.5 of the agreement) and where the notice is in the portal. What an
 * administrator typed is quoted defanged ({@link QuotedText}): a mail about a security incident is
 * what a phisher imitates, so the only link in it is the portal's own. Pure: the same facts give
 * the same text.
 */
public final class BreachNoticeText {

  /** A composed mail. */
  public record Composed(String subject, String body) {}

  private BreachNoticeText() {}

  /**
   * @param contactName the privacy contact addressed
   * @param earlierNotice when this customer was told of this breach before (the notice is then an
   *     update), or null
   * @param portalLink where the customer's users find their notices
   */
  public static Composed compose(
      BreachDetails breach,
      Language lang,
      String contactName,
      String customerName,
      Instant earlierNotice,
      ZoneId zone,
      String portalLink) {
    String title = QuotedText.defang(breach.title());
    String subject =
        earlierNotice == null
            ? Texts.get(lang, "breach.mail.subject", title)
            : Texts.get(lang, "breach.mail.subject.update", title);
    StringBuilder body = new StringBuilder();
    body.append(Texts.get(lang, "breach.mail.greeting", contactName)).append("\n\n");
    body.append(Texts.get(lang, "breach.mail.intro", customerName)).append('\n');
    if (earlierNotice != null) {
      body.append('\n')
          .append(
              Texts.get(
                  lang, "breach.mail.update", Formats.dateTime(earlierNotice, lang.locale(), zone)))
          .append('\n');
    }
    body.append('\n');
    line(body, lang, "breach.field.title", title);
    line(body, lang, "breach.field.description", QuotedText.defang(breach.description()));
    line(
        body,
        lang,
        "breach.field.discovered",
        Formats.dateTime(breach.discoveredAt(), lang.locale(), zone));
    line(
        body,
        lang,
        "breach.field.period",
        breach.periodEnd() == null
            ? Texts.get(
                lang, "breach.mail.period.open", Formats.date(breach.periodStart(), lang.locale()))
            : Texts.get(
                lang,
                "breach.mail.period.closed",
                Formats.date(breach.periodStart(), lang.locale()),
                Formats.date(breach.periodEnd(), lang.locale())));
    line(body, lang, "breach.field.dataCategories", QuotedText.defang(breach.dataCategories()));
    line(
        body,
        lang,
        "breach.field.subjectCategories",
        QuotedText.defang(breach.subjectCategories()));
    line(body, lang, "breach.field.approxSubjects", number(lang, breach.approxSubjects()));
    line(body, lang, "breach.field.approxRecords", number(lang, breach.approxRecords()));
    line(body, lang, "breach.field.consequences", QuotedText.defang(breach.consequences()));
    line(body, lang, "breach.field.measures", QuotedText.defang(breach.measures()));
    if (breach.recovery() != null) {
      line(body, lang, "breach.field.recovery", QuotedText.defang(breach.recovery()));
    }
    line(
        body,
        lang,
        "breach.field.status",
        Texts.get(lang, "breachStatus." + breach.status().name()));
    line(body, lang, "breach.field.contactPoint", QuotedText.defang(breach.contactPoint()));
    body.append('\n').append(Texts.get(lang, "breach.mail.duties")).append("\n\n");
    body.append(Texts.get(lang, "breach.mail.portal", portalLink)).append('\n');
    return new Composed(fit(subject), body.toString());
  }

  /**
   * "Label: value" (French puts a space before the colon); a value of several lines starts on the
   * next line, indented.
   */
  private static void line(StringBuilder body, Language lang, String labelKey, String value) {
    body.append(Texts.get(lang, "breach.mail.label", Texts.get(lang, labelKey)));
    if (value.contains("\n")) {
      for (String part : value.split("\\R")) {
        body.append("\n  ").append(part);
      }
      body.append('\n');
    } else {
      body.append(' ').append(value).append('\n');
    }
  }

  /** A subject within the outbox's column (a long title, defanged, may grow past it). */
  private static String fit(String subject) {
    int max = BreachNotice.SUBJECT_LENGTH;
    return subject.length() <= max ? subject : subject.substring(0, max - 1) + "…";
  }

  private static String number(Language lang, Integer value) {
    return value == null
        ? Texts.get(lang, "breach.mail.unknown")
        : java.text.NumberFormat.getIntegerInstance(lang.locale()).format(value);
  }
}
