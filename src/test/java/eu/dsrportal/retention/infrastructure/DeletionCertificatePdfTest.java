package eu.dsrportal.retention.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.retention.domain.DeletionCertificate;
import eu.dsrportal.retention.domain.DeletionCertificate.Count;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DeletionCertificatePdfTest {
  private static final DeletionCertificate CERTIFICATE =
      new DeletionCertificate(
          "DSR Portal Services BV",
          "Brasserie Ødegård BV",
          42,
          LocalDate.of(2026, 11, 30),
          Instant.parse("2026-12-01T09:15:00Z"),
          "admin",
          Instant.parse("2026-12-02T10:30:00Z"),
          "admin2",
          List.of(new Count("retention.kind.requests", 17), new Count("retention.kind.users", 3)),
          List.of(new Count("retention.kind.invoices", 5)));

  @Test
  void theCertificateSaysWhoseDataWentWhenHowMuchAndWhatWasKeptByLaw() throws IOException {
    String text = text(render(Locale.ENGLISH));

    assertThat(text)
        .contains("Deletion certificate")
        .contains("DSR Portal Services BV confirms that it has deleted the personal data")
        .contains("Brasserie Ødegård BV (#42)")
        .contains("November 30, 2026")
        .contains("Dec 1, 2026, 10:15:00 AM – admin")
        .contains("Dec 2, 2026, 11:30:00 AM – admin2")
        .contains("Requests (with forwardings, clarifications, notes and deadlines) 17")
        .contains("User accounts (disabled and emptied")
        .contains("Invoices and credit notes 5")
        .contains("Belgian VAT Code article 60");
  }

  @Test
  void itIsWrittenInTheCustomersLanguage() throws IOException {
    String text = text(render(Locale.forLanguageTag("nl")));

    assertThat(text)
        .contains("Verwijderingsattest")
        .contains("30 november 2026")
        .contains("Facturen en creditnota's 5");
  }

  private static byte[] render(Locale locale) {
    return DeletionCertificatePdf.render(
        CERTIFICATE, ResourceBundle.getBundle("i18n.messages", locale), locale);
  }

  private static String text(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("\\s+", " ").replace('\u00A0', ' ');
    }
  }
}
