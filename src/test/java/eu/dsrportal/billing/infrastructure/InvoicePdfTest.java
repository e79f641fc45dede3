package eu.dsrportal.billing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.billing.domain.InvoiceDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PDFs read as a person reads them: the text PDFBox extracts from them. */
class InvoicePdfTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "nl"})
  void aBelgianInvoiceShowsItsNumberLinesTotalsAndHowToPay(String language) throws IOException {
    InvoiceDocument a = SampleInvoices.belgian();
    String text = render(a, language);

    assertThat(text)
        .contains(label(language, "invoice.doc.invoice"))
        .contains("2026-0001")
        .contains("DSR Portal Services BV")
        .contains("Acme Retail NV")
        .contains("BE0765432146")
        .contains("PO-4711")
        .contains("Help with a data-subject request")
        .contains("instruction I-7 v1")
        .contains("Expense: registered letter")
        .contains(amount("676.15", language))
        .contains(amount("141.99", language))
        .contains(amount("818.14", language))
        .contains(label(language, "invoice.doc.total.payable"))
        .contains("BE83 3630 1234 5615")
        .contains("BBRUBEBB")
        .contains("+++202/6000/00192+++")
        .doesNotContain(label(language, "invoice.doc.reverseChargeNotice"));
    assertThat(text).contains(language.equals("nl") ? "1 december 2026" : "December 1, 2026");
    assertThat(text).contains(language.equals("nl") ? "2,25" : "2.25");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "nl"})
  void aReverseChargeInvoiceCarriesTheLegalMention(String language) throws IOException {
    String text = render(SampleInvoices.reverseCharge(), language);

    assertThat(text)
        .contains("2026-0002")
        .contains("NL123456782B01")
        .contains("Breach assistance")
        .contains(amount("985.00", language))
        .contains(label(language, "invoice.doc.vat.reverseCharge"))
        .contains("BE83 3630 1234 5615");
    assertThat(oneLine(text)).contains(oneLine(label(language, "invoice.doc.reverseChargeNotice")));
    assertThat(oneLine(text)).contains("196").contains("2006/112/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "nl"})
  void aCreditNoteNamesTheInvoiceItCorrects(String language) throws IOException {
    String text = render(SampleInvoices.creditNote(), language);

    assertThat(text)
        .contains(label(language, "invoice.doc.creditNote"))
        .contains("2026-0003")
        .contains(amount("71.25", language))
        .contains(amount("86.21", language))
        .contains(label(language, "invoice.doc.total.credited"));
    String corrects = language.equals("nl") ? "1 december 2026" : "December 1, 2026";
    assertThat(oneLine(text))
        .contains(oneLine(label(language, "invoice.doc.corrects", "2026-0001", corrects)));
  }

  @Test
  void frenchAndGermanRenderTooWithTheirOwnNumbers() throws IOException {
    assertThat(render(SampleInvoices.belgian(), "fr"))
        .contains("Facture")
        .contains(amount("818.14", "fr"));
    assertThat(render(SampleInvoices.reverseCharge(), "de"))
        .contains("Rechnung")
        .contains("Steuerschuldnerschaft des Leistungsempfängers");
  }

  @Test
  void itIsAPdf() {
    byte[] pdf =
        InvoicePdf.render(SampleInvoices.belgian(), bundle("en"), Locale.forLanguageTag("en"));

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void lettersTheStandardFontLacksLoseOnlyTheirAccents() {
    assertThat(InvoicePdf.printable("Łódź Kraków €")).isEqualTo("?ódz Kraków €");
    assertThat(InvoicePdf.printable("Gdańsk\u0007")).isEqualTo("Gdansk ");
    assertThat(InvoicePdf.grouped("BE83363012345615")).isEqualTo("BE83 3630 1234 5615");
  }

  private static String render(InvoiceDocument doc, String language) throws IOException {
    byte[] pdf = InvoicePdf.render(doc, bundle(language), Locale.forLanguageTag(language));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return normalised(new PDFTextStripper().getText(document));
    }
  }

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "i18n.messages",
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String label(String language, String key, Object... arguments) {
    String text = bundle(language).getString(key);
    return arguments.length == 0
        ? text
        : new java.text.MessageFormat(text, Locale.forLanguageTag(language)).format(arguments);
  }

  private static String amount(String amount, String language) {
    return normalised(
        InvoicePdf.formatAmount(new BigDecimal(amount), "EUR", Locale.forLanguageTag(language)));
  }

  /** No-break spaces read as spaces. */
  private static String normalised(String text) {
    return text.replace('\u00A0', ' ').replace('\u202F', ' ');
  }

  /** Long texts wrap over lines in the PDF. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
