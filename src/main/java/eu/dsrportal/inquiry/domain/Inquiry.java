package eu.dsrportal.inquiry.domain;

import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A customer's inquiry under the contract: audit information (art. 8.5) or the sub-processor list
 * (art. 11.3). It runs on its own clock from the day the provider received it ({@link
 * InquiryClock}, in the provider's Belgian calendar: the period is the provider's), may be extended
 * once (art. 8.5 only, with the reason the customer is given), and is answered once, with a message
 * and files. Every step is a line of its history.
 */
@Entity
@Table(name = "inquiry")
@NamedQuery(
    name = Inquiry.OF_CUSTOMER,
    query =
        "SELECT i FROM Inquiry i WHERE i.customerId = :customerId"
            + " ORDER BY i.registeredAt DESC, i.id DESC")
@NamedQuery(
    name = Inquiry.OPEN_BY_DUE,
    query = "SELECT i FROM Inquiry i WHERE i.status = :status ORDER BY i.dueOn, i.id")
public class Inquiry {
  public static final String OF_CUSTOMER = "Inquiry.ofCustomer";
  public static final String OPEN_BY_DUE = "Inquiry.openByDue";
  public static final int QUESTION_LENGTH = 4000;
  public static final int REASON_LENGTH = InquiryEvent.NOTE_LENGTH;
  public static final int ANSWER_LENGTH = 8000;

  /** The provider's periods skip the provider's (Belgian) public holidays. */
  public static final HolidayCalendar CALENDAR = HolidayCalendar.BE;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // the customer's aggregate, by id
  @Column(name = "customer_id", nullable = false, updatable = false)
  private long customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private InquiryKind kind;

  @Column(nullable = false, length = QUESTION_LENGTH, updatable = false)
  private String question;

  @Column(name = "registered_by", nullable = false, length = 100, updatable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(nullable = false)
  private boolean extended;

  @Column(name = "extension_reason", length = REASON_LENGTH)
  private String extensionReason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private InquiryStatus status;

  @Column(length = ANSWER_LENGTH)
  private String answer;

  @Column(name = "answered_by", length = 100)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @OneToMany(mappedBy = "inquiry", cascade = CascadeType.PERSIST)
  @OrderBy("happenedAt, id")
  private List<InquiryEvent> history = new ArrayList<>();

  @OneToMany(mappedBy = "inquiry", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<InquiryFile> files = new ArrayList<>();

  @Version private long version;

  /**
   * A list query's inquiries read their files and history in one query each (EclipseLink's batch
   * reading, the alias {@code i}), not two per inquiry: every list row shows them.
   */
  public static TypedQuery<Inquiry> withFilesAndHistory(TypedQuery<Inquiry> query) {
    return query
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "i.files")
        .setHint("eclipselink.batch", "i.history");
  }

  protected Inquiry() {}

  private Inquiry(
      long customerId,
      InquiryKind kind,
      String question,
      String by,
      Instant at,
      LocalDate receivedOn) {
    this.customerId = customerId;
    this.kind = Objects.requireNonNull(kind);
    this.question = question;
    this.registeredBy = Objects.requireNonNull(by);
    this.registeredAt = Objects.requireNonNull(at);
    this.receivedOn = Objects.requireNonNull(receivedOn);
    this.status = InquiryStatus.OPEN;
    this.dueOn = clock().due();
    history.add(new InquiryEvent(this, InquiryEvent.Type.REGISTERED, at, by, null));
  }

  /**
   * The customer's inquiry, received by the provider on {@code receivedOn} (the day it was
   * registered in the portal, in Brussels).
   */
  public static Inquiry register(
      long customerId,
      InquiryKind kind,
      String question,
      String by,
      Instant at,
      LocalDate receivedOn) {
    if (kind == null) {
      throw new DomainRuleViolation("inquiry.error.kindRequired");
    }
    String text = required(question, QUESTION_LENGTH, "inquiry.error.questionRequired");
    return new Inquiry(customerId, kind, text, by, at, receivedOn);
  }

  public InquiryClock clock() {
    return new InquiryClock(kind, receivedOn, CALENDAR, extended);
  }

  /** Whether staff may extend it on {@code today}. */
  public boolean extendableOn(LocalDate today) {
    return status == InquiryStatus.OPEN && clock().extendableOn(today);
  }

  /**
   * The provider extends the period by one further month (art. 8.5), with the reason the customer
   * is given: once, only while the first period runs.
   */
  public void extend(String reason, String by, Instant at, LocalDate today) {
    requireOpen();
    String text = required(reason, REASON_LENGTH, "inquiry.error.reasonRequired");
    InquiryClock longer = clock().extendOn(today);
    this.extended = true;
    this.extensionReason = text;
    this.dueOn = longer.due();
    history.add(new InquiryEvent(this, InquiryEvent.Type.EXTENDED, at, by, text));
  }

  /** The support team's answer: a message, and the files already stored for it. */
  public void answer(String message, List<AnswerFile> attached, String by, Instant at) {
    requireOpen();
    this.answer = required(message, ANSWER_LENGTH, "inquiry.error.answerRequired");
    for (AnswerFile f : attached) {
      files.add(
          new InquiryFile(
              this, f.fileName(), f.type(), f.size(), f.storageKey(), f.sha256(), by, at));
    }
    this.answeredBy = Objects.requireNonNull(by);
    this.answeredAt = Objects.requireNonNull(at);
    this.status = InquiryStatus.ANSWERED;
    history.add(new InquiryEvent(this, InquiryEvent.Type.ANSWERED, at, by, null));
  }

  private void requireOpen() {
    if (status != InquiryStatus.OPEN) {
      throw new DomainRuleViolation("inquiry.error.notOpen");
    }
  }

  private static String required(String text, int max, String missingKey) {
    if (text == null || text.isBlank()) {
      throw new DomainRuleViolation(missingKey);
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw new DomainRuleViolation("inquiry.error.tooLong");
    }
    return stripped;
  }

  public Long getId() {
    return id;
  }

  /** What the pages and mails call it. */
  public String getNumber() {
    return number(id);
  }

  public static String number(long id) {
    return "Q-" + id;
  }

  public long getCustomerId() {
    return customerId;
  }

  public InquiryKind getKind() {
    return kind;
  }

  public String getQuestion() {
    return question;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public boolean isExtended() {
    return extended;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public InquiryStatus getStatus() {
    return status;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public List<InquiryEvent> getHistory() {
    return Collections.unmodifiableList(history);
  }

  public List<InquiryFile> getFiles() {
    return Collections.unmodifiableList(files);
  }
}
