package eu.dsrportal.billing.application;

import eu.dsrportal.billing.domain.Invoice;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.mail.application.Outbox;
import eu.dsrportal.mail.domain.MailAttachment;
import eu.dsrportal.mail.domain.MailMessage;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

/**
 * The mail of a final invoice or credit note to the customer's billing e-mail, in the customer's
 * language, with the PDF and the UBL attached; queued in the finalising transaction.
 */
@ApplicationScoped
public class InvoiceMails {

  @Inject Outbox outbox;
  @Inject InvoiceDocuments documents;
  @Inject PortalSettings settings;

  void finalised(Invoice invoice, Customer customer, InvoiceDocument doc) {
    Language language = invoice.getLanguage();
    String what =
        Texts.get(
            language, invoice.isCreditNote() ? "invoice.mail.creditNote" : "invoice.mail.invoice");
    String subject = Texts.get(language, "invoice.mail.subject", what, doc.number());
    String body =
        Texts.get(
            language,
            "invoice.mail.body",
            customer.getName(),
            what,
            doc.number(),
            money(doc.payableAmount(), language),
            doc.dueDate() == null ? "" : doc.dueDate().toString(),
            settings.baseUrl() + "/customer/invoice.xhtml?id=" + invoice.getId());
    outbox.enqueue(
        new MailMessage(customer.invoiceEmail(), subject, body, "invoice"),
        List.of(
            new MailAttachment(
                InvoiceDocuments.fileName(doc, "pdf"),
                "application/pdf",
                documents.pdf(doc, language)),
            new MailAttachment(
                InvoiceDocuments.fileName(doc, "xml"), "application/xml", documents.ubl(doc))));
  }

  private static String money(BigDecimal amount, Language language) {
    NumberFormat format = NumberFormat.getNumberInstance(language.locale());
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return "EUR " + format.format(amount);
  }
}
