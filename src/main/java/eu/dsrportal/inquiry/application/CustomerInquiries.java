package eu.dsrportal.inquiry.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.inquiry.application.InquiryFiles.Download;
import eu.dsrportal.inquiry.domain.Inquiry;
import eu.dsrportal.inquiry.domain.InquiryFile;
import eu.dsrportal.inquiry.domain.InquiryKind;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.util.List;

/**
 * A customer user's inquiries: registering one, the list, one with its answer and history, the
 * answer's files. Bound to the caller's customer in every query: another customer's inquiry or file
 * is "not found", like one that does not exist, and audited as refused.
 */
@Stateless
@RolesAllowed(RoleNames.CUSTOMER)
public class CustomerInquiries {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject ProviderTime time;
  @Inject AuditLog audit;
  @Inject InquiryMails mails;
  @Inject InquiryFiles files;

  /** The customer's inquiries, newest first. */
  public List<InquiryView> list() {
    long customerId = callerCustomer();
    Customer customer = em.find(Customer.class, customerId);
    List<InquiryView> views =
        Inquiry.withFilesAndHistory(em.createNamedQuery(Inquiry.OF_CUSTOMER, Inquiry.class))
            .setParameter("customerId", customerId)
            .getResultList()
            .stream()
            .map(i -> InquiryView.of(i, customer.getName(), time.today()))
            .toList();
    audit.granted(AuditAction.INQUIRY_VIEWED, "Customer", customerId);
    return views;
  }

  public InquiryView find(long inquiryId) {
    Inquiry inquiry = own(inquiryId, AuditAction.INQUIRY_VIEWED);
    audit.granted(AuditAction.INQUIRY_VIEWED, "Inquiry", inquiryId);
    return InquiryView.of(inquiry, customerName(inquiry), time.today());
  }

  /**
   * The provider receives the customer's inquiry today (in Brussels), which starts its clock; the
   * support team is told by mail. Returns its id.
   */
  public long register(InquiryKind kind, String question) {
    Customer customer = em.find(Customer.class, callerCustomer());
    Inquiry inquiry =
        Inquiry.register(
            customer.getId(), kind, question, accounts.callerName(), time.now(), time.today());
    em.persist(inquiry);
    em.flush();
    mails.registered(inquiry, customer);
    audit.granted(AuditAction.INQUIRY_REGISTERED, "Inquiry", inquiry.getId());
    return inquiry.getId();
  }

  /** A file of an answer to one of the caller's customer's inquiries. */
  public Download openFile(long fileId) throws IOException {
    InquiryFile file = em.find(InquiryFile.class, fileId);
    if (file == null) {
      audit.denied(AuditAction.ATTACHMENT_DOWNLOADED, "InquiryFile", fileId);
      throw new NotFoundException("file");
    }
    own(file.getInquiry().getId(), AuditAction.ATTACHMENT_DOWNLOADED);
    audit.granted(AuditAction.ATTACHMENT_DOWNLOADED, "InquiryFile", fileId);
    return files.open(file);
  }

  private Inquiry own(long inquiryId, AuditAction action) {
    Inquiry inquiry = em.find(Inquiry.class, inquiryId);
    if (inquiry == null || inquiry.getCustomerId() != callerCustomer()) {
      audit.denied(action, "Inquiry", inquiryId);
      throw new NotFoundException("inquiry");
    }
    return inquiry;
  }

  private String customerName(Inquiry inquiry) {
    return em.find(Customer.class, inquiry.getCustomerId()).getName();
  }

  private long callerCustomer() {
    return accounts.callerCustomerId().orElseThrow(() -> new NotFoundException("customer"));
  }
}
