package eu.dsrportal.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementCsvServletTest {

  @Test
  void quotesTextAndDefusesSpreadsheetFormulas() {
    assertThat(StatementCsvServlet.csv("Export \"all\"")).isEqualTo("\"Export \"\"all\"\"\"");
    assertThat(StatementCsvServlet.csv("=HYPERLINK(\"x\")")).startsWith("\"'=");
    assertThat(StatementCsvServlet.csv(null)).isEqualTo("\"\"");
  }
}
