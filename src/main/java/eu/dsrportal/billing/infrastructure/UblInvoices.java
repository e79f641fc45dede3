package eu.dsrportal.billing.infrastructure;

import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.billing.domain.InvoiceDocument.Line;
import eu.dsrportal.billing.domain.InvoiceDocument.Party;
import eu.dsrportal.billing.domain.InvoiceDocument.Type;
import eu.dsrportal.billing.domain.InvoiceDocument.VatBreakdown;
import eu.dsrportal.billing.domain.InvoiceDocument.VatCategory;
import eu.dsrportal.billing.domain.Money;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The e-invoice: an {@link InvoiceDocument} as a UBL 2.1 Invoice or CreditNote following Peppol BIS
 * Billing 3.0, the format Belgian businesses exchange since 2026. Elements come in the order the
 * UBL schema requires; no element is written empty (PEPPOL-EN16931-R008). UblInvoicesTest runs the
 * published EN 16931 and Peppol rules over the result (docs/invoices.md).
 */
public final class UblInvoices {
  static final String CUSTOMIZATION_ID =
      "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
  static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

  private static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
  private static final String CREDIT_NOTE_NS =
      "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
  private static final String CAC =
      "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
  private static final String CBC =
      "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

  /** UNCL 4461: SEPA credit transfer. */
  private static final String SEPA_CREDIT_TRANSFER = "58";

  /** EAS code of the Belgian enterprise number (KBO/BCE). */
  private static final String BELGIAN_ENTERPRISE_NUMBER = "0208";

  /**
   * EAS codes of VAT numbers per country (Peppol's "Electronic Address Scheme" list): the address
   * of a party that gave no Peppol participant identifier of its own.
   */
  private static final Map<String, String> VAT_SCHEMES =
      Map.ofEntries(
          Map.entry("AT", "9914"),
          Map.entry("BE", "9925"),
          Map.entry("BG", "9926"),
          Map.entry("CH", "9927"),
          Map.entry("CY", "9928"),
          Map.entry("CZ", "9929"),
          Map.entry("DE", "9930"),
          Map.entry("EE", "9931"),
          Map.entry("GB", "9932"),
          Map.entry("EL", "9933"),
          Map.entry("HR", "9934"),
          Map.entry("IE", "9935"),
          Map.entry("LI", "9936"),
          Map.entry("LT", "9937"),
          Map.entry("LU", "9938"),
          Map.entry("LV", "9939"),
          Map.entry("MT", "9943"),
          Map.entry("NL", "9944"),
          Map.entry("PL", "9945"),
          Map.entry("PT", "9946"),
          Map.entry("RO", "9947"),
          Map.entry("SI", "9949"),
          Map.entry("SK", "9950"),
          Map.entry("FR", "9957"),
          Map.entry("HU", "9910"),
          Map.entry("ES", "9920"),
          Map.entry("IT", "0211"));

  private static final String REVERSE_CHARGE_CODE = "VATEX-EU-AE";
  private static final String REVERSE_CHARGE_REASON = "Reverse charge";

  private final InvoiceDocument doc;
  private final XMLStreamWriter xml;
  private final boolean credit;

  private UblInvoices(InvoiceDocument doc, XMLStreamWriter xml) {
    this.doc = doc;
    this.xml = xml;
    this.credit = doc.type() == Type.CREDIT_NOTE;
  }

  /** The UBL document, UTF-8. */
  public static byte[] write(InvoiceDocument doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      new UblInvoices(doc, xml).document();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the UBL of " + doc.number(), e);
    }
    return out.toByteArray();
  }

  private void document() throws XMLStreamException {
    String rootNs = credit ? CREDIT_NOTE_NS : INVOICE_NS;
    xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    xml.setDefaultNamespace(rootNs);
    xml.setPrefix("cac", CAC);
    xml.setPrefix("cbc", CBC);
    xml.writeStartElement(rootNs, credit ? "CreditNote" : "Invoice");
    xml.writeDefaultNamespace(rootNs);
    xml.writeNamespace("cac", CAC);
    xml.writeNamespace("cbc", CBC);

    cbc("CustomizationID", CUSTOMIZATION_ID);
    cbc("ProfileID", PROFILE_ID);
    cbc("ID", doc.number());
    cbc("IssueDate", date(doc.issueDate()));
    if (!credit) {
      cbc("DueDate", date(doc.dueDate()));
      cbc("InvoiceTypeCode", doc.type().code());
    } else {
      cbc("CreditNoteTypeCode", doc.type().code());
    }
    cbc("Note", doc.note());
    cbc("DocumentCurrencyCode", doc.currency());
    // PEPPOL-EN16931-R003 wants a buyer reference or an order reference: without the customer's
    // own reference, the invoice number routes it.
    cbc("BuyerReference", present(doc.buyerReference()) ? doc.buyerReference() : doc.number());
    if (present(doc.precedingNumber())) {
      cac("BillingReference");
      cac("InvoiceDocumentReference");
      cbc("ID", doc.precedingNumber());
      cbc("IssueDate", date(doc.precedingIssueDate()));
      end();
      end();
    }
    party("AccountingSupplierParty", doc.seller());
    party("AccountingCustomerParty", doc.buyer());
    paymentMeans();
    if (doc.payment() != null && present(doc.payment().terms())) {
      cac("PaymentTerms");
      cbc("Note", doc.payment().terms());
      end();
    }
    taxTotal();
    monetaryTotal();
    for (Line line : doc.lines()) {
      line(line);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
  }

  private void party(String role, Party party) throws XMLStreamException {
    cac(role);
    cac("Party");
    String[] endpoint = endpoint(party);
    if (endpoint != null) {
      cbc("EndpointID", endpoint[1], "schemeID", endpoint[0]);
    }
    cac("PartyName");
    cbc("Name", party.name());
    end();
    cac("PostalAddress");
    cbc("StreetName", party.street());
    cbc("CityName", party.city());
    cbc("PostalZone", party.postalCode());
    cac("Country");
    cbc("IdentificationCode", party.countryCode());
    end();
    end();
    if (present(party.vatNumber())) {
      cac("PartyTaxScheme");
      cbc("CompanyID", party.vatNumber());
      taxScheme();
      end();
    }
    cac("PartyLegalEntity");
    cbc("RegistrationName", party.name());
    if (present(party.companyId())) {
      // the scheme of the legal registration is known when it is the Peppol participant too
      // (e.g. 0208: the Belgian enterprise number); ICD codes are four digits, EAS ones need not be
      boolean sameAsEndpoint =
          party.companyId().equals(party.endpointId())
              && party.endpointScheme() != null
              && party.endpointScheme().matches("\\d{4}");
      cbc(
          "CompanyID",
          party.companyId(),
          "schemeID",
          sameAsEndpoint ? party.endpointScheme() : null);
    }
    end();
    if (present(party.email())) {
      cac("Contact");
      cbc("ElectronicMail", party.email());
      end();
    }
    end();
    end();
  }

  /**
   * The party's electronic address (BT-34, BT-49), which Peppol requires of both: its Peppol
   * participant identifier; else, for a Belgian business, its enterprise number (0208, as most
   * Belgian participants are registered); else its VAT number under its country's VAT scheme. An
   * e-mail address is no longer an accepted scheme (PEPPOL-EN16931-CL008).
   */
  static String[] endpoint(Party party) {
    if (present(party.endpointId()) && present(party.endpointScheme())) {
      return new String[] {party.endpointScheme(), party.endpointId()};
    }
    if ("BE".equals(party.countryCode())
        && present(party.companyId())
        && party.companyId().matches("[01]\\d{9}")) {
      return new String[] {BELGIAN_ENTERPRISE_NUMBER, party.companyId()};
    }
    if (present(party.vatNumber()) && party.vatNumber().length() > 2) {
      String scheme = VAT_SCHEMES.get(party.vatNumber().substring(0, 2).toUpperCase(Locale.ROOT));
      if (scheme != null) {
        return new String[] {scheme, party.vatNumber()};
      }
    }
    return null;
  }

  private void paymentMeans() throws XMLStreamException {
    InvoiceDocument.Payment payment = doc.payment();
    if (payment == null || !present(payment.iban())) {
      return;
    }
    cac("PaymentMeans");
    cbc("PaymentMeansCode", SEPA_CREDIT_TRANSFER, "name", "SEPA credit transfer");
    if (credit) {
      // a CreditNote has no DueDate of its own: BT-9 lives here (if the credit is to be paid out)
      cbc("PaymentDueDate", date(doc.dueDate()));
    }
    cbc("PaymentID", payment.reference());
    cac("PayeeFinancialAccount");
    cbc("ID", payment.iban().replace(" ", ""));
    cbc("Name", doc.seller().name());
    if (present(payment.bic())) {
      cac("FinancialInstitutionBranch");
      cbc("ID", payment.bic());
      end();
    }
    end();
    end();
  }

  private void taxTotal() throws XMLStreamException {
    cac("TaxTotal");
    amount("TaxAmount", doc.taxTotal());
    for (VatBreakdown row : doc.vatBreakdown()) {
      cac("TaxSubtotal");
      amount("TaxableAmount", row.taxable());
      amount("TaxAmount", row.tax());
      cac("TaxCategory");
      cbc("ID", row.category().name());
      cbc("Percent", percent(row.category(), row.rate()));
      if (row.category() == VatCategory.AE) {
        cbc("TaxExemptionReasonCode", REVERSE_CHARGE_CODE);
        cbc("TaxExemptionReason", REVERSE_CHARGE_REASON);
      }
      taxScheme();
      end();
      end();
    }
    end();
  }

  private void monetaryTotal() throws XMLStreamException {
    cac("LegalMonetaryTotal");
    amount("LineExtensionAmount", doc.lineTotal());
    amount("TaxExclusiveAmount", doc.lineTotal());
    amount("TaxInclusiveAmount", doc.payableAmount());
    amount("PayableAmount", doc.payableAmount());
    end();
  }

  private void line(Line line) throws XMLStreamException {
    cac(credit ? "CreditNoteLine" : "InvoiceLine");
    cbc("ID", line.id());
    cbc(
        credit ? "CreditedQuantity" : "InvoicedQuantity",
        line.quantity().stripTrailingZeros().toPlainString(),
        "unitCode",
        line.unitCode());
    amount("LineExtensionAmount", line.netAmount());
    cac("Item");
    cbc("Description", line.description());
    cbc("Name", line.name());
    cac("ClassifiedTaxCategory");
    cbc("ID", line.category().name());
    cbc("Percent", percent(line.category(), line.vatRate()));
    taxScheme();
    end();
    end();
    cac("Price");
    amount("PriceAmount", line.unitPrice());
    end();
    end();
  }

  private void taxScheme() throws XMLStreamException {
    cac("TaxScheme");
    cbc("ID", "VAT");
    end();
  }

  /** Reverse charge is at 0 % whatever the contract's rate says (BR-AE-05, BR-AE-06). */
  private static String percent(VatCategory category, BigDecimal rate) {
    BigDecimal percent = category == VatCategory.AE ? BigDecimal.ZERO : rate;
    return percent.stripTrailingZeros().toPlainString();
  }

  private void amount(String name, BigDecimal value) throws XMLStreamException {
    // prices may carry more decimals than cents; document and line amounts have exactly two
    BigDecimal written = name.equals("PriceAmount") ? value : Money.cents(value);
    cbc(name, written.toPlainString(), "currencyID", doc.currency());
  }

  private void cac(String name) throws XMLStreamException {
    xml.writeStartElement(CAC, name);
  }

  private void end() throws XMLStreamException {
    xml.writeEndElement();
  }

  private void cbc(String name, String text) throws XMLStreamException {
    cbc(name, text, null, null);
  }

  private void cbc(String name, String text, String attribute, String value)
      throws XMLStreamException {
    if (!present(text)) {
      return;
    }
    xml.writeStartElement(CBC, name);
    if (present(value)) {
      xml.writeAttribute(attribute, value);
    }
    xml.writeCharacters(clean(text));
    xml.writeEndElement();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** XML 1.0 cannot carry control characters other than tab and line breaks, even escaped. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
        .forEach(out::appendCodePoint);
    return out.toString().strip();
  }
}
