package eu.dsrportal.billing.application;

import eu.dsrportal.billing.domain.Invoice;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.billing.domain.InvoiceLine;
import eu.dsrportal.billing.domain.Pricing;
import eu.dsrportal.billing.infrastructure.InvoicePdf;
import eu.dsrportal.billing.infrastructure.UblInvoices;
import eu.dsrportal.customer.domain.Address;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Makes the {@link InvoiceDocument} of an invoice (parties as fixed at finalisation; a draft shows
 * them as they are now) and the files from it: PDF, UBL.
 */
@ApplicationScoped
public class InvoiceDocuments {

  @PersistenceContext EntityManager em;
  @Inject Seller seller;

  public InvoiceDocument.Party seller() {
    return seller.party();
  }

  public String iban() {
    return seller.iban();
  }

  public String bic() {
    return seller.bic();
  }

  /** The buyer as an invoice names it: address, VAT number, enterprise number, Peppol id. */
  public InvoiceDocument.Party buyer(Customer customer) {
    Address address = customer.getAddress();
    String companyId =
        customer.getEnterpriseNumber() == null ? null : customer.getEnterpriseNumber().digits();
    String scheme = null;
    String endpoint = null;
    if (customer.getPeppolId() != null && customer.getPeppolId().contains(":")) {
      scheme = customer.getPeppolId().substring(0, customer.getPeppolId().indexOf(':'));
      endpoint = customer.getPeppolId().substring(customer.getPeppolId().indexOf(':') + 1);
    } else if (customer.getPeppolId() != null) {
      scheme = "0208";
      endpoint = customer.getPeppolId();
    } else if (companyId != null) {
      scheme = "0208";
      endpoint = companyId;
    }
    return new InvoiceDocument.Party(
        customer.getName(),
        address == null ? null : address.getStreet(),
        address == null ? null : address.getPostalCode(),
        address == null ? null : address.getCity(),
        address == null ? "BE" : address.getCountry(),
        customer.getVatNumber(),
        companyId,
        scheme,
        endpoint,
        customer.invoiceEmail());
  }

  public InvoiceDocument document(Invoice invoice) {
    Language language = invoice.getLanguage();
    Invoice credited =
        invoice.getCreditedInvoiceId() == null
            ? null
            : em.find(Invoice.class, invoice.getCreditedInvoiceId());
    InvoiceDocument.Party buyer =
        invoice.isDraft() ? buyer(em.find(Customer.class, invoice.getCustomerId())) : null;
    String terms = Texts.get(language, "invoice.paymentTerms", invoice.getPaymentTermDays());
    String note = null;
    if (invoice.getLines().stream()
        .anyMatch(l -> l.getVatCategory() == InvoiceDocument.VatCategory.AE)) {
      note = Texts.get(language, "invoice.reverseCharge");
    }
    if (invoice.isCreditNote() && invoice.getReason() != null) {
      note = note == null ? invoice.getReason() : invoice.getReason() + " — " + note;
    }
    return invoice.document(
        seller.party(), buyer, terms, note, credited, line -> describe(line, language));
  }

  /**
   * The kind, request, instruction version and the work behind a line, in the customer's language:
   * "Help with a data-subject request · DSR-2026-000005 · instruction version 1 · 4 Dec 2026 90
   * min".
   */
  static String describe(InvoiceLine line, Language language) {
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
    List<String> parts = new ArrayList<>();
    if (line.getKind() != null) {
      parts.add(Texts.get(language, "billing.kind." + line.getKind()));
    }
    if (line.getRequestReference() != null) {
      parts.add(line.getRequestReference());
    }
    if (line.getInstructionVersion() != null) {
      parts.add(
          Texts.get(language, "billing.instructionVersion") + " " + line.getInstructionVersion());
    }
    String work =
        line.getWork().stream()
            .filter(w -> w.getType() != Pricing.WorkType.TASK)
            .map(
                w ->
                    w.getType() == Pricing.WorkType.TIME
                        ? dates.format(w.getDate()) + " " + w.getMinutes() + " min"
                        : dates.format(w.getDate()))
            .collect(Collectors.joining(", "));
    if (!work.isEmpty()) {
      parts.add(work);
    }
    return String.join(" · ", parts);
  }

  public byte[] pdf(InvoiceDocument doc, Language language) {
    Locale locale = language.locale();
    return InvoicePdf.render(doc, ResourceBundle.getBundle(Texts.BUNDLE, locale), locale);
  }

  public byte[] ubl(InvoiceDocument doc) {
    return UblInvoices.write(doc);
  }

  /** "invoice-2026-00001.pdf", "credit-note-2026-00002.xml". */
  public static String fileName(InvoiceDocument doc, String extension) {
    String base = doc.type() == InvoiceDocument.Type.CREDIT_NOTE ? "credit-note-" : "invoice-";
    return base + doc.number() + "." + extension;
  }
}
