package eu.dsrportal.breach.domain;

import eu.dsrportal.shared.domain.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A notice of a breach to one customer's privacy contact (contract art. 13.1–13.2): to whom, when,
 * by whom, about which revision of the register entry, and the mail's text exactly as it was sent.
 * It is evidence, so it never changes: a later change of the breach is told by a new notice. One
 * per customer and revision (a unique key in the database).
 */
@Entity
@Table(name = "breach_notice")
public class BreachNotice {
  public static final int SUBJECT_LENGTH = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "breach_id", nullable = false, updatable = false)
  private long breachId;

  @Column(name = "breach_revision", nullable = false, updatable = false)
  private int breachRevision;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private long customerId;

  @Column(name = "customer_name", nullable = false, length = 200, updatable = false)
  private String customerName;

  @Column(nullable = false, length = Breach.TITLE_LENGTH, updatable = false)
  private String title;

  @Column(name = "recipient_name", nullable = false, length = 200, updatable = false)
  private String recipientName;

  @Column(name = "recipient_email", nullable = false, length = 254, updatable = false)
  private String recipientEmail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2, updatable = false)
  private Language language;

  @Column(nullable = false, length = SUBJECT_LENGTH, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(name = "sent_by", nullable = false, length = 100, updatable = false)
  private String sentBy;

  protected BreachNotice() {}

  public BreachNotice(
      Breach breach,
      long customerId,
      String customerName,
      String recipientName,
      String recipientEmail,
      Language language,
      String subject,
      String body,
      String sentBy,
      Instant sentAt) {
    this.breachId = breach.getId();
    this.breachRevision = breach.getRevision();
    this.title = breach.getTitle();
    this.customerId = customerId;
    this.customerName = Objects.requireNonNull(customerName);
    this.recipientName = Objects.requireNonNull(recipientName);
    this.recipientEmail = Objects.requireNonNull(recipientEmail);
    this.language = Objects.requireNonNull(language);
    this.subject = Objects.requireNonNull(subject);
    this.body = Objects.requireNonNull(body);
    this.sentBy = Objects.requireNonNull(sentBy);
    this.sentAt = Objects.requireNonNull(sentAt);
  }

  public Long getId() {
    return id;
  }

  public long getBreachId() {
    return breachId;
  }

  public int getBreachRevision() {
    return breachRevision;
  }

  public long getCustomerId() {
    return customerId;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getTitle() {
    return title;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public Language getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getSentBy() {
    return sentBy;
  }
}
