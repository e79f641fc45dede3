package eu.dsrportal.digest.domain;

import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.shared.domain.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's digest of the day, to its primary privacy contact in the customer's language: the
 * requests we forwarded that it has not acknowledged yet, and the art. 12(3) deadlines of the next
 * {@value #HORIZON_DAYS} days (acknowledged or not; today included). By reference and kind only: a
 * mail is no place for the subject's name (data minimisation); the portal shows the rest. Nothing
 * to report: no mail.
 */
public final class CustomerDigest {
  public static final String PURPOSE = "DAILY_DIGEST_CUSTOMER";
  public static final int HORIZON_DAYS = 7;

  /** The customer's primary privacy contact. */
  public record Recipient(long customerId, String name, String email, Language language) {
    public Recipient {
      Objects.requireNonNull(email);
      Objects.requireNonNull(language);
    }
  }

  /** What the digest holds: unacknowledged by forward date, deadlines by date. */
  public record Content(List<CustomerItem> awaitingAcknowledgement, List<CustomerItem> deadlines) {
    public boolean isEmpty() {
      return awaitingAcknowledgement.isEmpty() && deadlines.isEmpty();
    }
  }

  private CustomerDigest() {}

  public static Content select(List<CustomerItem> items, LocalDate today) {
    LocalDate last = today.plusDays(HORIZON_DAYS);
    return new Content(
        items.stream()
            .filter(i -> !i.acknowledged())
            .sorted(
                Comparator.comparing(CustomerItem::forwardedAt)
                    .thenComparing(CustomerItem::reference))
            .toList(),
        items.stream()
            .filter(
                i ->
                    i.answerDue() != null
                        && !i.answerDue().isBefore(today)
                        && !i.answerDue().isAfter(last))
            .sorted(
                Comparator.comparing(CustomerItem::answerDue)
                    .thenComparing(CustomerItem::reference))
            .toList());
  }

  /** The mail, or none when there is nothing to report. */
  public static Optional<MailMessage> compose(
      Recipient recipient, Content content, Instant now, ZoneId zone, String baseUrl) {
    if (content.isEmpty()) {
      return Optional.empty();
    }
    DigestText text = new DigestText(recipient.language(), zone);
    text.paragraph(
        text.text("digest.customer.greeting", Objects.requireNonNullElse(recipient.name(), "")));
    if (!content.awaitingAcknowledgement().isEmpty()) {
      text.paragraph(
          text.text("digest.customer.awaiting", content.awaitingAcknowledgement().size()));
      content
          .awaitingAcknowledgement()
          .forEach(
              i ->
                  text.line(
                      text.text(
                          "digest.customer.awaitingLine",
                          i.reference(),
                          text.text("right." + i.right().name()),
                          text.dateTime(i.forwardedAt())),
                      link(baseUrl, i)));
    }
    if (!content.deadlines().isEmpty()) {
      text.paragraph(
          text.text("digest.customer.deadlines", content.deadlines().size(), HORIZON_DAYS));
      content
          .deadlines()
          .forEach(
              i ->
                  text.line(
                      text.text(
                          "digest.customer.deadlineLine",
                          i.reference(),
                          text.text("right." + i.right().name()),
                          text.date(i.answerDue())),
                      link(baseUrl, i)));
    }
    text.paragraph(text.text("digest.customer.optOut", baseUrl + "/customer/users.xhtml"));
    text.paragraph("DSR Portal");
    return Optional.of(
        new MailMessage(
            recipient.email(),
            text.text(
                "digest.customer.subject",
                text.date(now.atZone(zone).toLocalDate()),
                content.awaitingAcknowledgement().size(),
                content.deadlines().size()),
            text.body(),
            PURPOSE));
  }

  private static String link(String baseUrl, CustomerItem item) {
    return baseUrl + "/customer/request.xhtml?id=" + item.requestId();
  }
}
