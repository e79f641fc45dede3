package eu.dsrportal.digest.domain;

import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.shared.domain.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A support user's digest of the day: the requests assigned to them whose next deadline of our own
 * clock has passed or falls today (Brussels day), the unassigned ones likewise (everyone on the
 * team is told of those: nobody else would be), and the mails the outbox gave up on. Nothing to
 * report: no mail.
 */
public final class StaffDigest {
  public static final String PURPOSE = "DAILY_DIGEST_STAFF";

  /** Failed mails listed one by one; beyond, a count and the outbox page. */
  static final int FAILED_LISTED = 20;

  /** Requests listed one by one in each section; beyond, a count and the inbox. */
  static final int REQUESTS_LISTED = 50;

  /** A support user who gets the digest, in the language they chose for it. */
  public record Recipient(String username, String name, String email, Language language) {
    public Recipient {
      Objects.requireNonNull(username);
      Objects.requireNonNull(email);
      Objects.requireNonNull(language);
    }
  }

  /** What one user's digest holds, each list by due time. */
  public record Content(
      List<StaffItem> assigned, List<StaffItem> unassigned, List<FailedMail> failed) {
    public boolean isEmpty() {
      return assigned.isEmpty() && unassigned.isEmpty() && failed.isEmpty();
    }
  }

  private StaffDigest() {}

  /**
   * The user's items among the day's: theirs and the unassigned ones, due before {@code dayEnd}
   * (the start of the next day).
   */
  public static Content select(
      String username, List<StaffItem> items, List<FailedMail> failed, Instant dayEnd) {
    Comparator<StaffItem> byDue =
        Comparator.comparing(StaffItem::dueAt).thenComparing(StaffItem::reference);
    List<StaffItem> due = items.stream().filter(i -> i.dueAt().isBefore(dayEnd)).toList();
    return new Content(
        due.stream().filter(i -> username.equals(i.assignee())).sorted(byDue).toList(),
        due.stream().filter(i -> i.assignee() == null).sorted(byDue).toList(),
        failed.stream().sorted(Comparator.comparing(FailedMail::createdAt).reversed()).toList());
  }

  /** The mail, or none when there is nothing to report. */
  public static Optional<MailMessage> compose(
      Recipient recipient, Content content, Instant now, ZoneId zone, String baseUrl) {
    if (content.isEmpty()) {
      return Optional.empty();
    }
    DigestText text = new DigestText(recipient.language(), zone);
    text.paragraph(
        text.text("digest.staff.greeting", Objects.requireNonNullElse(recipient.name(), "")));
    if (!content.assigned().isEmpty()) {
      text.paragraph(text.text("digest.staff.assigned", content.assigned().size()));
      itemLines(text, content.assigned(), now, baseUrl);
    }
    if (!content.unassigned().isEmpty()) {
      text.paragraph(text.text("digest.staff.unassigned", content.unassigned().size()));
      itemLines(text, content.unassigned(), now, baseUrl);
    }
    if (!content.failed().isEmpty()) {
      text.paragraph(
          text.text(
              "digest.staff.failed", content.failed().size(), baseUrl + "/staff/outbox.xhtml"));
      content.failed().stream()
          .limit(FAILED_LISTED)
          .forEach(
              m ->
                  text.line(
                      text.text(
                          "digest.staff.failedLine",
                          text.purpose(m.purpose()),
                          text.dateTime(m.createdAt())),
                      null));
      if (content.failed().size() > FAILED_LISTED) {
        text.line(
            text.text("digest.staff.failedMore", content.failed().size() - FAILED_LISTED), null);
      }
    }
    text.paragraph(text.text("digest.staff.optOut", baseUrl + "/account/digest.xhtml"));
    text.paragraph("DSR Portal");
    int requests = content.assigned().size() + content.unassigned().size();
    return Optional.of(
        new MailMessage(
            recipient.email(),
            text.text(
                "digest.staff.subject",
                text.date(now.atZone(zone).toLocalDate()),
                requests,
                content.failed().size()),
            text.body(),
            PURPOSE));
  }

  private static void itemLines(
      DigestText text, List<StaffItem> items, Instant now, String baseUrl) {
    items.stream().limit(REQUESTS_LISTED).forEach(i -> itemLine(text, i, now, baseUrl));
    if (items.size() > REQUESTS_LISTED) {
      text.line(
          text.text("digest.staff.failedMore", items.size() - REQUESTS_LISTED),
          baseUrl + "/staff/inbox.xhtml");
    }
  }

  private static void itemLine(DigestText text, StaffItem item, Instant now, String baseUrl) {
    text.line(
        text.text(
            "digest.staff.line",
            item.reference(),
            text.text("right." + item.right().name()),
            text.text("digest.due." + item.dueKind().name()),
            text.text(
                item.isOverdue(now) ? "digest.state.overdue" : "digest.state.today",
                text.dateTime(item.dueAt()))),
        baseUrl + "/staff/request.xhtml?id=" + item.requestId());
  }
}
