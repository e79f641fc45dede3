package eu.dsrportal.inquiry.application;

import eu.dsrportal.inquiry.domain.Inquiry;
import eu.dsrportal.inquiry.domain.InquiryEvent;
import eu.dsrportal.inquiry.domain.InquiryKind;
import eu.dsrportal.inquiry.domain.InquiryStatus;
import eu.dsrportal.inquiry.domain.Urgency;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inquiry as the pages show it, read in the service's transaction: for the customer (its own
 * only) and for the support team.
 *
 * @param urgency how close the due date is today; null once answered
 * @param extendable whether staff may extend it today (art. 8.5, once, in the first period)
 */
public record InquiryView(
    long id,
    long customerId,
    String customerName,
    InquiryKind kind,
    String question,
    String registeredBy,
    Instant registeredAt,
    LocalDate receivedOn,
    LocalDate dueOn,
    boolean extended,
    String extensionReason,
    InquiryStatus status,
    String answer,
    String answeredBy,
    Instant answeredAt,
    Urgency urgency,
    boolean extendable,
    List<FileView> files,
    List<HistoryLine> history)
    implements Serializable {

  /** A file of the answer. */
  public record FileView(long id, String fileName, long size) implements Serializable {}

  /** A line of the history. */
  public record HistoryLine(InquiryEvent.Type type, Instant at, String actor, String note)
      implements Serializable {}

  static InquiryView of(Inquiry i, String customerName, LocalDate today) {
    boolean open = i.getStatus() == InquiryStatus.OPEN;
    return new InquiryView(
        i.getId(),
        i.getCustomerId(),
        customerName,
        i.getKind(),
        i.getQuestion(),
        i.getRegisteredBy(),
        i.getRegisteredAt(),
        i.getReceivedOn(),
        i.getDueOn(),
        i.isExtended(),
        i.getExtensionReason(),
        i.getStatus(),
        i.getAnswer(),
        i.getAnsweredBy(),
        i.getAnsweredAt(),
        open ? Urgency.of(i.getDueOn(), today) : null,
        i.extendableOn(today),
        i.getFiles().stream()
            .map(f -> new FileView(f.getId(), f.getFileName(), f.getSize()))
            .toList(),
        i.getHistory().stream()
            .map(e -> new HistoryLine(e.getType(), e.getHappenedAt(), e.getActor(), e.getNote()))
            .toList());
  }

  public String number() {
    return Inquiry.number(id);
  }

  public boolean isOpen() {
    return status == InquiryStatus.OPEN;
  }
}
