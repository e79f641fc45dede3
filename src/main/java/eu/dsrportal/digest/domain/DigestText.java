package eu.dsrportal.digest.domain;

import eu.dsrportal.mail.domain.MailPurposes;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.Texts;
import eu.dsrportal.shared.web.Formats;
import eu.dsrportal.shared.web.UserLocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** A digest's text in one language: lines appended under headings, dates in the provider's zone. */
final class DigestText {
  private final Language language;
  private final Locale locale;
  private final ZoneId zone;
  private final StringBuilder body = new StringBuilder();

  DigestText(Language language, ZoneId zone) {
    this.language = language;
    this.locale = UserLocale.formatting(language, List.of());
    this.zone = zone;
  }

  /** A mail's purpose in words (the failed mails' lines). */
  String purpose(String code) {
    return MailPurposes.label(code, language);
  }

  String text(String key, Object... args) {
    return Texts.get(language, key, args);
  }

  String dateTime(Instant instant) {
    return Formats.dateTime(instant, locale, zone);
  }

  String date(LocalDate date) {
    return Formats.date(date, locale);
  }

  DigestText paragraph(String text) {
    if (body.length() > 0) {
      body.append("\n\n");
    }
    body.append(text);
    return this;
  }

  /** A line of a list, with the link to see it on the next line. */
  DigestText line(String text, String link) {
    body.append("\n- ").append(text);
    if (link != null) {
      body.append("\n  ").append(link);
    }
    return this;
  }

  String body() {
    return body.toString();
  }
}
