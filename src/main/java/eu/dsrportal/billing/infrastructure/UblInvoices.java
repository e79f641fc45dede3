package eu.dsrportal.billing.infrastructure;

import eu.dsrportal.billing.domain.InvoiceDocument;
import java.nio.charset.StandardCharsets;

/** Placeholder until the UBL writer lands: the real one writes Peppol BIS Billing 3.0. */
public final class UblInvoices {
  private UblInvoices() {}

  public static byte[] write(InvoiceDocument doc) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Invoice><ID>"
            + doc.number()
            + "</ID></Invoice>")
        .getBytes(StandardCharsets.UTF_8);
  }
}
