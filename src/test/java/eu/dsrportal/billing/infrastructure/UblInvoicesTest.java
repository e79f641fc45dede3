package eu.dsrportal.billing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.billing.domain.InvoiceDocument.Line;
import eu.dsrportal.billing.domain.InvoiceDocument.Party;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * The e-invoices pass the official rules: OpenPeppol's published Schematron for Peppol BIS Billing
 * 3.0 and for EN 16931 (UBL syntax), as compiled to XSLT in the phive rules jar, run with Saxon;
 * and the UBL 2.1 schemas. A broken document fails them, so the check checks something.
 */
class UblInvoicesTest {
  /** The newest release of the rules the jar carries (Peppol's May 2026 release). */
  private static final String RULES = "external/schematron/openpeppol/2026.5/xslt/";

  private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
  private static final Processor SAXON = new Processor(false);
  private static final Map<String, XsltExecutable> RULE_SETS = new LinkedHashMap<>();
  private static Schema invoiceSchema;
  private static Schema creditNoteSchema;

  record Finding(String rules, String id, String flag, String location, String text) {
    @Override
    public String toString() {
      return "%s %s [%s] %s at %s".formatted(rules, id, flag, text, location);
    }
  }

  @BeforeAll
  static void compileTheRules() throws Exception {
    for (String file : List.of("CEN-EN16931-UBL.xslt", "PEPPOL-EN16931-UBL.xslt")) {
      URL xslt = resource(RULES + file);
      RULE_SETS.put(file, SAXON.newXsltCompiler().compile(new StreamSource(xslt.toExternalForm())));
    }
    invoiceSchema = schema("UBL-Invoice-2.1.xsd");
    creditNoteSchema = schema("UBL-CreditNote-2.1.xsd");
  }

  @Test
  void aBelgianInvoiceAt21PercentPassesTheRules() throws Exception {
    byte[] ubl = UblInvoices.write(SampleInvoices.belgian());

    assertThat(errors(ubl)).isEmpty();
    assertThat(warnings(ubl)).isEmpty();
    schemaValid(invoiceSchema, ubl);
    String xml = new String(ubl, StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<cbc:CustomizationID>" + UblInvoices.CUSTOMIZATION_ID)
        .contains("<cbc:ProfileID>" + UblInvoices.PROFILE_ID)
        .contains("<cbc:EndpointID schemeID=\"0208\">0812345603</cbc:EndpointID>")
        .contains("<cbc:EndpointID schemeID=\"0208\">0765432146</cbc:EndpointID>")
        .contains("<cbc:BuyerReference>PO-4711</cbc:BuyerReference>")
        .contains("<cbc:PaymentID>+++202/6000/00192+++</cbc:PaymentID>")
        .contains("<cbc:ID>BE83363012345615</cbc:ID>")
        .contains("<cbc:TaxAmount currencyID=\"EUR\">141.99</cbc:TaxAmount>")
        .contains("<cbc:PayableAmount currencyID=\"EUR\">818.14</cbc:PayableAmount>")
        .contains("Webshop &amp; R&amp;D &lt;archive&gt;");
  }

  @Test
  void aReverseChargeInvoiceToADutchBusinessPassesTheRules() throws Exception {
    byte[] ubl = UblInvoices.write(SampleInvoices.reverseCharge());

    assertThat(errors(ubl)).isEmpty();
    assertThat(warnings(ubl)).isEmpty();
    schemaValid(invoiceSchema, ubl);
    String xml = new String(ubl, StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>")
        .contains("<cbc:TaxExemptionReason>Reverse charge</cbc:TaxExemptionReason>")
        .contains("<cbc:CompanyID>NL123456782B01</cbc:CompanyID>")
        .contains("<cbc:CompanyID>BE0812345603</cbc:CompanyID>")
        .contains("<cbc:PayableAmount currencyID=\"EUR\">985.00</cbc:PayableAmount>")
        // no reference of the customer's own: the invoice number routes it (PEPPOL-EN16931-R003)
        .contains("<cbc:BuyerReference>2026-0002</cbc:BuyerReference>");
  }

  @Test
  void aCreditNoteReferringToTheInvoicePassesTheRules() throws Exception {
    byte[] ubl = UblInvoices.write(SampleInvoices.creditNote());

    assertThat(errors(ubl)).isEmpty();
    assertThat(warnings(ubl)).isEmpty();
    schemaValid(creditNoteSchema, ubl);
    String xml = new String(ubl, StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<CreditNote ")
        .contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>")
        .contains(
            "<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>2026-0001</cbc:ID>"
                + "<cbc:IssueDate>2026-12-01</cbc:IssueDate>")
        .contains("<cbc:CreditedQuantity unitCode=\"HUR\">0.75</cbc:CreditedQuantity>")
        .contains("<cbc:PayableAmount currencyID=\"EUR\">86.21</cbc:PayableAmount>");
  }

  @Test
  void aBuyerWithoutPeppolIdIsAddressedByItsEnterpriseOrVatNumber() throws Exception {
    InvoiceDocument a = SampleInvoices.belgian();
    byte[] belgian = UblInvoices.write(with(a, withoutPeppolId(a.buyer()), a.lines()));
    InvoiceDocument b = SampleInvoices.reverseCharge();
    byte[] dutch = UblInvoices.write(with(b, withoutPeppolId(b.buyer()), b.lines()));

    assertThat(errors(belgian)).isEmpty();
    assertThat(new String(belgian, StandardCharsets.UTF_8))
        .contains("<cbc:EndpointID schemeID=\"0208\">0765432146</cbc:EndpointID>");
    assertThat(errors(dutch)).isEmpty();
    assertThat(new String(dutch, StandardCharsets.UTF_8))
        .contains("<cbc:EndpointID schemeID=\"9944\">NL123456782B01</cbc:EndpointID>");
  }

  private static Party withoutPeppolId(Party party) {
    return new Party(
        party.name(),
        party.street(),
        party.postalCode(),
        party.city(),
        party.countryCode(),
        party.vatNumber(),
        party.companyId(),
        null,
        null,
        party.email());
  }

  @Test
  void aWrongTotalIsFatal() throws Exception {
    String xml = new String(UblInvoices.write(SampleInvoices.belgian()), StandardCharsets.UTF_8);
    String broken =
        xml.replace(
            "<cbc:PayableAmount currencyID=\"EUR\">818.14</cbc:PayableAmount>",
            "<cbc:PayableAmount currencyID=\"EUR\">818.15</cbc:PayableAmount>");
    assertThat(broken).isNotEqualTo(xml);

    assertThat(errors(broken.getBytes(StandardCharsets.UTF_8)))
        .extracting(Finding::id)
        .contains("BR-CO-16");
  }

  @Test
  void reverseChargeWithoutTheBuyersVatNumberIsFatal() throws Exception {
    InvoiceDocument b = SampleInvoices.reverseCharge();
    Party buyer = b.buyer();
    InvoiceDocument noVat =
        with(
            b,
            new Party(
                buyer.name(),
                buyer.street(),
                buyer.postalCode(),
                buyer.city(),
                buyer.countryCode(),
                null,
                null,
                buyer.endpointScheme(),
                buyer.endpointId(),
                buyer.email()),
            b.lines());

    assertThat(errors(UblInvoices.write(noVat))).extracting(Finding::id).contains("BR-AE-02");
  }

  @Test
  void anEnterpriseNumberWithWrongCheckDigitsIsFatal() throws Exception {
    InvoiceDocument a = SampleInvoices.belgian();
    Party seller = a.seller();
    InvoiceDocument wrong =
        new InvoiceDocument(
            a.type(),
            a.number(),
            a.issueDate(),
            a.dueDate(),
            a.currency(),
            a.buyerReference(),
            null,
            null,
            new Party(
                seller.name(),
                seller.street(),
                seller.postalCode(),
                seller.city(),
                seller.countryCode(),
                seller.vatNumber(),
                seller.companyId(),
                seller.endpointScheme(),
                "0812345604",
                seller.email()),
            a.buyer(),
            a.payment(),
            a.note(),
            a.lines());

    assertThat(errors(UblInvoices.write(wrong)))
        .extracting(Finding::id)
        .contains("PEPPOL-COMMON-R043");
  }

  @Test
  void aLineWhoseAmountIsNotQuantityTimesPriceIsFatal() throws Exception {
    InvoiceDocument a = SampleInvoices.belgian();
    Line first = a.lines().get(0);
    List<Line> lines = new ArrayList<>(a.lines());
    lines.set(
        0,
        new Line(
            first.id(),
            first.name(),
            first.description(),
            first.quantity(),
            first.unitCode(),
            first.unitPrice(),
            first.netAmount().add(java.math.BigDecimal.ONE),
            first.category(),
            first.vatRate()));

    assertThat(errors(UblInvoices.write(with(a, a.buyer(), lines))))
        .extracting(Finding::id)
        .contains("PEPPOL-EN16931-R120");
  }

  @Test
  void controlCharactersAreLeftOutAndTheDocumentStaysWellFormed() throws Exception {
    InvoiceDocument a = SampleInvoices.belgian();
    Line first = a.lines().get(0);
    List<Line> lines = new ArrayList<>(a.lines());
    lines.set(
        0,
        new Line(
            first.id(),
            "Bell\u0007 and \"quotes\" ]]> end",
            first.description(),
            first.quantity(),
            first.unitCode(),
            first.unitPrice(),
            first.netAmount(),
            first.category(),
            first.vatRate()));
    byte[] ubl = UblInvoices.write(with(a, a.buyer(), lines));

    assertThat(errors(ubl)).isEmpty();
    assertThat(new String(ubl, StandardCharsets.UTF_8)).contains("Bell and \"quotes\" ]]&gt; end");
  }

  private static InvoiceDocument with(InvoiceDocument doc, Party buyer, List<Line> lines) {
    return new InvoiceDocument(
        doc.type(),
        doc.number(),
        doc.issueDate(),
        doc.dueDate(),
        doc.currency(),
        doc.buyerReference(),
        doc.precedingNumber(),
        doc.precedingIssueDate(),
        doc.seller(),
        buyer,
        doc.payment(),
        doc.note(),
        lines);
  }

  private static List<Finding> errors(byte[] ubl) throws SaxonApiException {
    return findings(ubl).stream().filter(f -> "fatal".equals(f.flag())).toList();
  }

  private static List<Finding> warnings(byte[] ubl) throws SaxonApiException {
    return findings(ubl).stream().filter(f -> !"fatal".equals(f.flag())).toList();
  }

  /** Every failed assertion of both rule sets, as their SVRL reports it. */
  private static List<Finding> findings(byte[] ubl) throws SaxonApiException {
    XPathCompiler xpath = SAXON.newXPathCompiler();
    xpath.declareNamespace("svrl", SVRL);
    List<Finding> found = new ArrayList<>();
    for (Map.Entry<String, XsltExecutable> ruleSet : RULE_SETS.entrySet()) {
      XsltTransformer transformer = ruleSet.getValue().load();
      transformer.setSource(new StreamSource(new ByteArrayInputStream(ubl), "invoice.xml"));
      XdmDestination svrl = new XdmDestination();
      transformer.setDestination(svrl);
      transformer.transform();
      for (XdmItem item : xpath.evaluate("//svrl:failed-assert", svrl.getXdmNode())) {
        XdmNode assertion = (XdmNode) item;
        found.add(
            new Finding(
                ruleSet.getKey(),
                assertion.getAttributeValue(new QName("id")),
                assertion.getAttributeValue(new QName("flag")),
                assertion.getAttributeValue(new QName("location")),
                xpath.evaluate("normalize-space(svrl:text)", assertion).toString()));
      }
    }
    found.forEach(System.out::println);
    return found;
  }

  private static void schemaValid(Schema schema, byte[] ubl) {
    assertThatCode(
            () -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(ubl))))
        .doesNotThrowAnyException();
  }

  /**
   * The UBL 2.1 schemas of ph-ubl21; they import the core component types and the XML signature
   * schemas by namespace only, so those come from their own jars.
   */
  private static Schema schema(String mainDocument) throws Exception {
    Map<String, String> imported =
        Map.of(
            "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2",
            "schemas/CCTS_CCT_SchemaModule.xsd",
            "http://www.w3.org/2000/09/xmldsig#",
            "schemas/xmldsig-core-schema.xsd",
            "http://uri.etsi.org/01903/v1.3.2#",
            "schemas/XAdES01903v132-201601.xsd",
            "http://uri.etsi.org/01903/v1.4.1#",
            "schemas/XAdES01903v141-201601.xsd");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    DOMImplementationLS ls =
        (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
    LSResourceResolver byNamespace =
        (type, namespace, publicId, systemId, baseUri) -> {
          if (systemId != null || !imported.containsKey(namespace)) {
            return null;
          }
          URL url = resource(imported.get(namespace));
          LSInput input = ls.createLSInput();
          input.setSystemId(url.toExternalForm());
          try {
            input.setByteStream(url.openStream());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return input;
        };
    factory.setResourceResolver(byNamespace);
    URL main = resource("external/schemas/ubl21/maindoc/" + mainDocument);
    Source source = new StreamSource(main.toExternalForm());
    return factory.newSchema(source);
  }

  private static URL resource(String name) {
    URL url = UblInvoicesTest.class.getClassLoader().getResource(name);
    assertThat(url).as(name).isNotNull();
    return url;
  }
}
