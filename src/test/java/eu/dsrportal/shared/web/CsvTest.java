package eu.dsrportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.shared.domain.Language;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesTextAndDefusesSpreadsheetFormulas() {
    assertThat(Csv.text("Export \"all\"")).isEqualTo("\"Export \"\"all\"\"\"");
    assertThat(Csv.text("=HYPERLINK(\"x\")")).startsWith("\"'=");
    assertThat(Csv.text(null)).isEqualTo("\"\"");
  }

  @Test
  void excelInDutchGetsSemicolonsDecimalCommasAByteOrderMarkAndDutchHeaders() {
    Csv csv = Csv.excel(Language.NL, Locale.forLanguageTag("nl-BE"));
    assertThat(csv.hasByteOrderMark()).isTrue();
    assertThat(csv.line(csv.header("hours", "billing.hours"), csv.number(new BigDecimal("1.50"))))
        .isEqualTo("\"Uren\";1,50\r\n");
    assertThat(csv.header("vat_21.00%", "billing.csv.vat", csv.number(new BigDecimal("21.00"))))
        .isEqualTo("\"Btw 21,00 %\"");
    assertThat(csv.fileName("statement-1-2026-12")).isEqualTo("statement-1-2026-12-excel.csv");
  }

  @Test
  void excelInFrenchAndGermanUsesDecimalCommasAndInEnglishPoints() {
    assertThat(
            Csv.excel(Language.FR, Locale.forLanguageTag("fr-BE")).number(new BigDecimal("142.50")))
        .isEqualTo("142,50");
    assertThat(
            Csv.excel(Language.DE, Locale.forLanguageTag("de-BE")).number(new BigDecimal("142.50")))
        .isEqualTo("142,50");
    Csv english = Csv.excel(Language.EN, Locale.UK);
    assertThat(english.line("\"a\"", english.number(new BigDecimal("1142.50"))))
        .isEqualTo("\"a\";1142.50\r\n");
  }

  @Test
  void plainIsRfc4180WithCommasDecimalPointsNoByteOrderMarkAndFixedHeaders() {
    Csv csv = Csv.plain();
    assertThat(csv.hasByteOrderMark()).isFalse();
    assertThat(csv.line(csv.header("hours", "billing.hours"), csv.number(new BigDecimal("1.50"))))
        .isEqualTo("hours,1.50\r\n");
    assertThat(csv.fileName("audit-trail")).isEqualTo("audit-trail.csv");
  }

  @Test
  void fileNamesReachOldClientsAsSafeAsciiAndNewOnesWhole() {
    assertThat(DownloadServlet.contentDisposition("Vordering \"2026\".pdf"))
        .isEqualTo(
            "attachment; filename=\"Vordering__2026_.pdf\"; filename*=UTF-8''Vordering%20%222026%22.pdf");
  }
}
