package eu.dsrportal.inquiry.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.inquiry.application.InquiryFiles.Download;
import eu.dsrportal.inquiry.application.InquiryFiles.UploadedFile;
import eu.dsrportal.inquiry.domain.Inquiry;
import eu.dsrportal.inquiry.domain.InquiryFile;
import eu.dsrportal.inquiry.domain.InquiryKind;
import eu.dsrportal.inquiry.domain.InquiryStatus;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The support team's side of the inquiries: the open ones by due date, one received by letter or
 * e-mail entered with its day of receipt, one with its history, the extension (art. 8.5, with the
 * reason the customer is told) and the answer with its files; the customer's privacy contact gets a
 * mail for each.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class InquiryDesk {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject ProviderTime time;
  @Inject AuditLog audit;
  @Inject InquiryMails mails;
  @Inject InquiryFiles files;
  @Inject CustomerDirectory directory;

  /** The open inquiries of all customers, the one due first on top. */
  public List<InquiryView> open() {
    Map<Long, String> names = new HashMap<>();
    return Inquiry.withFilesAndHistory(em.createNamedQuery(Inquiry.OPEN_BY_DUE, Inquiry.class))
        .setParameter("status", InquiryStatus.OPEN)
        .getResultList()
        .stream()
        .map(
            i ->
                InquiryView.of(
                    i,
                    names.computeIfAbsent(i.getCustomerId(), id -> customer(id).getName()),
                    time.today()))
        .toList();
  }

  /** The customers an inquiry can be registered for today. */
  public List<Customer> customers() {
    return directory.active(time.today());
  }

  /**
   * Registers an inquiry the provider received outside the portal (art. 8.5 asks for a registered
   * letter, art. 11.3 allows an e-mail), on the day it was received: today or up to a year before,
   * which starts its clock then. Returns its id.
   */
  public long register(Long customerId, InquiryKind kind, String question, LocalDate receivedOn) {
    LocalDate today = time.today();
    if (receivedOn == null
        || receivedOn.isAfter(today)
        || receivedOn.isBefore(today.minusYears(1))) {
      throw new DomainRuleViolation("inquiry.error.receivedOn");
    }
    if (customerId == null || customer(customerId) == null) {
      throw new DomainRuleViolation("inquiry.error.customerRequired");
    }
    Inquiry inquiry =
        Inquiry.register(customerId, kind, question, accounts.callerName(), time.now(), receivedOn);
    em.persist(inquiry);
    em.flush();
    audit.granted(AuditAction.INQUIRY_REGISTERED, "Inquiry", inquiry.getId());
    return inquiry.getId();
  }

  public InquiryView find(long inquiryId) {
    Inquiry inquiry = inquiry(inquiryId);
    audit.granted(AuditAction.INQUIRY_VIEWED, "Inquiry", inquiryId);
    return InquiryView.of(inquiry, customer(inquiry.getCustomerId()).getName(), time.today());
  }

  /** Extends the period by a month, with the reason; the customer is told the new date and why. */
  public void extend(long inquiryId, String reason) {
    Inquiry inquiry = inquiry(inquiryId);
    inquiry.extend(reason, accounts.callerName(), time.now(), time.today());
    mails.extended(inquiry, customer(inquiry.getCustomerId()));
    audit.granted(AuditAction.INQUIRY_EXTENDED, "Inquiry", inquiryId);
  }

  /**
   * Answers the inquiry with a message and files (PDF, PNG or JPEG, see {@link InquiryFiles}); the
   * customer is told it can read the answer in its portal.
   */
  public void answer(long inquiryId, String message, List<UploadedFile> uploads) {
    Inquiry inquiry = inquiry(inquiryId);
    if (inquiry.getStatus() != InquiryStatus.OPEN) {
      throw new DomainRuleViolation("inquiry.error.notOpen"); // before any file is stored
    }
    inquiry.answer(message, files.store(uploads), accounts.callerName(), time.now());
    mails.answered(inquiry, customer(inquiry.getCustomerId()));
    audit.granted(AuditAction.INQUIRY_ANSWERED, "Inquiry", inquiryId);
  }

  public Download openFile(long fileId) throws IOException {
    InquiryFile file = em.find(InquiryFile.class, fileId);
    if (file == null) {
      throw new NotFoundException("file");
    }
    audit.granted(AuditAction.ATTACHMENT_DOWNLOADED, "InquiryFile", fileId);
    return files.open(file);
  }

  private Inquiry inquiry(long inquiryId) {
    Inquiry inquiry = em.find(Inquiry.class, inquiryId);
    if (inquiry == null) {
      throw new NotFoundException("inquiry");
    }
    return inquiry;
  }

  private Customer customer(long customerId) {
    return em.find(Customer.class, customerId);
  }
}
