package eu.dsrportal.routing.application;

import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestOrigin;
import eu.dsrportal.intake.domain.SubjectRelation;
import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.routing.domain.DueKind;
import eu.dsrportal.routing.domain.DueState;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.DataSubjectRight;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What a customer user sees of a request forwarded to its organisation. */
public class CustomerRequestView {
  private final long id;
  private final String reference;
  private final DataSubjectRight right;
  private final String subjectName;
  private final String subjectEmail;
  private final String description;
  private final Instant receivedAt;
  private final Instant forwardedAt;
  private final Instant acknowledgedAt;
  private final LocalDate answerDueDate;
  private final LocalDate firstAnswerDueDate;
  private final LocalDate extendedAnswerDueDate;
  private final Instant extendedAt;
  private final LocalDate extendedOn;
  private final String extensionReason;
  private final boolean extendable;
  private final Channel channel;
  private final RequestOrigin origin;
  private final String serviceUsed;
  private final SubjectRelation relation;
  private final String referenceAtOrganisation;
  private final boolean closed;
  private final CloseReason closeReason;
  private final Instant closedAt;
  private final String authority;
  private final String legalBasis;
  private List<CustomerAttachmentView> attachments = List.of();

  CustomerRequestView(
      Forwarding f, Request r, HolidayCalendar calendar, ZoneId providerZone, LocalDate today) {
    this.id = r.getId();
    this.reference = r.getReference().value();
    this.right = r.getRight();
    this.subjectName = r.getSubjectName();
    this.subjectEmail = r.getSubjectEmail();
    this.description = r.getDescription();
    this.receivedAt = r.getReceivedAt();
    this.forwardedAt = f.getForwardedAt();
    this.acknowledgedAt = f.getAcknowledgedAt();
    // art. 12(3) is the data subject's right: an authority's demand or a third party's request has
    // no such clock (issue 11)
    Optional<AnswerDeadline> deadline = AnswerDeadline.of(r, f, calendar, providerZone);
    this.answerDueDate = deadline.map(AnswerDeadline::due).orElse(null);
    this.firstAnswerDueDate = deadline.map(AnswerDeadline::firstDue).orElse(null);
    this.extendedAnswerDueDate =
        deadline.map(d -> new AnswerDeadline(d.received(), d.calendar(), true).due()).orElse(null);
    this.extendedAt = f.getExtendedAt();
    this.extendedOn =
        f.getExtendedAt() == null ? null : f.getExtendedAt().atZone(providerZone).toLocalDate();
    this.extensionReason = f.getExtensionReason();
    this.extendable =
        deadline.isPresent()
            && !f.isExtended()
            && !r.isClosed()
            && !today.isAfter(deadline.get().firstDue());
    this.channel = r.getChannel();
    this.origin = r.getOrigin();
    this.serviceUsed = r.getServiceUsed();
    this.relation = r.getRelation();
    this.referenceAtOrganisation = r.getReferenceAtOrganisation();
    this.closed = r.isClosed();
    this.closeReason = r.getCloseReason();
    this.closedAt = r.getClosedAt();
    this.authority = r.getAuthorityDemand() == null ? null : r.getAuthorityDemand().getAuthority();
    this.legalBasis =
        r.getAuthorityDemand() == null ? null : r.getAuthorityDemand().getLegalBasis();
  }

  CustomerRequestView withAttachments(List<CustomerAttachmentView> files) {
    this.attachments = List.copyOf(files);
    return this;
  }

  /** The request's files (an authority's demand and its copy): on the request's page only. */
  public List<CustomerAttachmentView> getAttachments() {
    return attachments;
  }

  public CloseReason getCloseReason() {
    return closeReason;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  /** For an authority's demand (art. 6.2): who demands, and on which legal basis. */
  public String getAuthority() {
    return authority;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public Channel getChannel() {
    return channel;
  }

  public RequestOrigin getOrigin() {
    return origin;
  }

  public String getServiceUsed() {
    return serviceUsed;
  }

  public SubjectRelation getRelation() {
    return relation;
  }

  public String getReferenceAtOrganisation() {
    return referenceAtOrganisation;
  }

  public long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public DataSubjectRight getRight() {
    return right;
  }

  public String getSubjectName() {
    return subjectName;
  }

  public String getSubjectEmail() {
    return subjectEmail;
  }

  public String getDescription() {
    return description;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getForwardedAt() {
    return forwardedAt;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  /** Closed by the provider's staff: nothing more to acknowledge. */
  public boolean isClosed() {
    return closed;
  }

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }

  /**
   * The last day to answer the subject (GDPR art. 12(3)), counted from the day the provider
   * received the request; null where no such deadline applies (authorities, third parties).
   */
  public LocalDate getAnswerDueDate() {
    return answerDueDate;
  }

  /** The deadline of the first month, before any extension (null where art. 12(3) sets none). */
  public LocalDate getFirstAnswerDueDate() {
    return firstAnswerDueDate;
  }

  /**
   * The deadline an extension gives (three months from receipt), shown before the customer records
   * it; null where art. 12(3) sets none.
   */
  public LocalDate getExtendedAnswerDueDate() {
    return extendedAnswerDueDate;
  }

  /** When the customer extended its answer period; null when it did not. */
  public Instant getExtendedAt() {
    return extendedAt;
  }

  /** The provider's (Brussels) date of the extension; null when there was none. */
  public LocalDate getExtendedOn() {
    return extendedOn;
  }

  public boolean isExtended() {
    return extendedAt != null;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  /** Whether the customer may still extend its answer period (once, while the first month runs). */
  public boolean isExtendable() {
    return extendable;
  }

  // our own clock (docs/service-clock.md): the request's next deadline, as the list shows it
  private Instant nextDueAt;
  private DueKind nextDueKind;
  private DueState dueState;

  CustomerRequestView withNextDeadline(Instant at, DueKind kind, Instant now, ZoneId zone) {
    this.nextDueAt = at;
    this.nextDueKind = kind;
    this.dueState = at == null ? null : DueState.of(at, now, zone);
    return this;
  }

  /** The request's next deadline (acknowledge, then answer); null when it has none. */
  public Instant getNextDueAt() {
    return nextDueAt;
  }

  public DueKind getNextDueKind() {
    return nextDueKind;
  }

  /** How close {@link #getNextDueAt} is; null without a deadline. */
  public DueState getDueState() {
    return dueState;
  }
}
