package eu.dsrportal.billing.web;

import eu.dsrportal.billing.application.InvoiceDocuments;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.shared.web.Csv;
import java.io.PrintWriter;

/** The CSV lines of an invoice for accounting, shared by the staff download. */
final class InvoiceFiles {
  private InvoiceFiles() {}

  static void csv(PrintWriter out, Csv csv, InvoiceDocument doc, String customerName) {
    out.print(
        csv.line(
            csv.header("document", "billing.csv.document"),
            csv.header("number", "billing.number"),
            csv.header("issue_date", "billing.issueDate"),
            csv.header("customer", "billing.customer"),
            csv.header("line", "billing.csv.line"),
            csv.header("item", "billing.csv.item"),
            csv.header("quantity", "billing.quantity"),
            csv.header("unit", "billing.csv.unit"),
            csv.header("unit_price", "billing.unitPrice"),
            csv.header("net_amount", "billing.amount"),
            csv.header("vat_category", "billing.csv.vatCategory"),
            csv.header("vat_rate", "billing.vatRate")));
    String type = doc.type().code();
    for (InvoiceDocument.Line line : doc.lines()) {
      out.print(
          csv.line(
              type,
              doc.number(),
              doc.issueDate() == null ? "" : doc.issueDate().toString(),
              Csv.text(customerName),
              line.id(),
              Csv.text(line.name()),
              csv.number(line.quantity()),
              line.unitCode(),
              csv.number(line.unitPrice()),
              csv.number(line.netAmount()),
              line.category().name(),
              csv.number(line.vatRate())));
    }
  }

  static String name(InvoiceDocument doc, String extension) {
    return InvoiceDocuments.fileName(doc, extension);
  }
}
