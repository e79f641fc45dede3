package eu.dsrportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesTextAndDefusesSpreadsheetFormulas() {
    assertThat(Csv.text("Export \"all\"")).isEqualTo("\"Export \"\"all\"\"\"");
    assertThat(Csv.text("=HYPERLINK(\"x\")")).startsWith("\"'=");
    assertThat(Csv.text(null)).isEqualTo("\"\"");
  }
}
