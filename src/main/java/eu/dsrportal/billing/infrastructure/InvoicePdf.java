package eu.dsrportal.billing.infrastructure;

import eu.dsrportal.billing.domain.InvoiceDocument;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/** Placeholder until the PDF renderer lands. */
public final class InvoicePdf {
  private InvoicePdf() {}

  public static byte[] render(InvoiceDocument doc, ResourceBundle labels, Locale locale) {
    return ("%PDF-1.4 " + doc.number()).getBytes(StandardCharsets.US_ASCII);
  }
}
