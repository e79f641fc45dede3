package eu.dsrportal.intake.application;

import eu.dsrportal.intake.domain.Attachment;
import eu.dsrportal.intake.domain.AuthorityDemand;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestOrigin;
import eu.dsrportal.intake.domain.RequestReceived;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.FileType;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.domain.SecretToken;
import eu.dsrportal.shared.infrastructure.FileStore;
import eu.dsrportal.shared.infrastructure.TransactionEnd;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.groups.Default;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Support staff enter requests that reached the provider by e-mail, letter or phone, from a data
 * subject, a third party or an authority, with a scan if there is one. The submission key makes a
 * repeated entry (a double click) answer the request it already created.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class StaffEntry {

  @PersistenceContext EntityManager em;
  @Inject ProviderTime time;
  @Inject RequestRecords records;
  @Resource SessionContext context;
  @Inject FileStore attachmentStore;
  @Resource TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "attachments.max-bytes")
  long maxAttachmentBytes;

  /**
   * Staff enter a request that reached the provider by e-mail, letter or phone, with the day it was
   * received: it may lie in the past (up to a year) and is where the deadlines start. The request
   * is not verified by mail; an e-mail address is optional.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RequestReference enter(
      RequestSubmission submission, Channel channel, LocalDate receivedOn, String submissionKey) {
    return enter(
        submission, channel, receivedOn, submissionKey, RequestOrigin.DATA_SUBJECT, null, null);
  }

  /**
   * As {@link #enter(RequestSubmission, Channel, LocalDate, String)}, for a request of a third
   * party (contract art. 6.3) or a demand of an authority (art. 6.2, with what the demand states),
   * with a file if there is one (the scanned letter, the copy of the demand): PDF, PNG or JPEG by
   * content, at most {@code attachments.max-bytes}. A file refused stores nothing at all.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RequestReference enter(
      RequestSubmission submission,
      Channel channel,
      LocalDate receivedOn,
      String submissionKey,
      RequestOrigin origin,
      AuthorityDemand demand,
      Upload upload) {
    if (channel.needsVerification()) {
      throw new IllegalArgumentException("subjects send requests of channel " + channel);
    }
    // checked only when the key is new: a repeat is answered with its request whatever it carries
    // (a click whose form data was lost when an earlier click's redirect ended the view scope)
    return records.once(
        submissionKey,
        Request::getReference,
        () -> {
          records.validate(submission, Default.class);
          return context
              .getBusinessObject(StaffEntry.class)
              .store(submission, channel, receivedOn, submissionKey, origin, demand, upload);
        });
  }

  /** The new request in a transaction of its own, so that losing the key's race can be answered. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RequestReference store(
      RequestSubmission submission,
      Channel channel,
      LocalDate receivedOn,
      String submissionKey,
      RequestOrigin origin,
      AuthorityDemand demand,
      Upload upload) {
    Instant now = time.now();
    LocalDate today = time.today();
    if (receivedOn == null
        || receivedOn.isAfter(today)
        || receivedOn.isBefore(today.minusYears(1))) {
      throw new DomainRuleViolation("entry.error.receivedOn");
    }
    Optional<FileType> fileType = Optional.empty();
    if (upload != null) {
      if (upload.content().length > maxAttachmentBytes) {
        throw new DomainRuleViolation("entry.error.fileSize");
      }
      fileType = FileType.of(upload.content());
      if (fileType.isEmpty()) {
        throw new DomainRuleViolation("entry.error.fileType");
      }
    }
    Instant receivedAt = receivedOn.equals(today) ? now : time.startOf(receivedOn);
    Request request =
        new Request(
            records.nextReference(now),
            submissionKey,
            channel,
            RequestRecords.details(submission),
            receivedAt);
    request.enteredBy(context.getCallerPrincipal().getName());
    switch (origin) {
      case THIRD_PARTY -> request.fromThirdParty();
      case AUTHORITY -> {
        if (demand == null) {
          throw new DomainRuleViolation("entry.error.authority");
        }
        request.fromAuthority(demand);
      }
      case DATA_SUBJECT -> {}
    }
    records.store(request, now, new RequestReceived(request, null, null));
    if (upload != null) {
      // written only once the request holds its key (the flush above), and deleted again if the
      // transaction does not commit: a repeated entry never leaves a second file behind
      String fileKey = attachmentStore.store(upload.content());
      TransactionEnd.whenNotCommitted(transactions, () -> attachmentStore.delete(fileKey));
      em.persist(
          new Attachment(
              request,
              upload.fileName(),
              fileType.orElseThrow(),
              upload.content().length,
              fileKey,
              SecretToken.sha256Hex(upload.content()),
              request.getEnteredBy(),
              now));
    }
    return request.getReference();
  }
}
