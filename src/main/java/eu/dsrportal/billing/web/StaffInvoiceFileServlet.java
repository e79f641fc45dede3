package eu.dsrportal.billing.web;

import eu.dsrportal.billing.application.InvoiceDocuments;
import eu.dsrportal.billing.application.Invoicing;
import eu.dsrportal.billing.domain.Invoice;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.Csv;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;

/**
 * An invoice or credit note for billing staff as a download: {@code type=pdf}, {@code ubl} (Peppol
 * BIS Billing 3.0) or {@code csv} (its lines for accounting, for Excel or plain, {@link Csv}).
 */
@WebServlet("/staff/billing/invoice-file")
public class StaffInvoiceFileServlet extends DownloadServlet {
  private static final long serialVersionUID = 1L;
  private static final Set<String> TYPES = Set.of("pdf", "ubl", "csv");

  @Inject Invoicing invoicing;
  @Inject InvoiceDocuments documents;

  public StaffInvoiceFileServlet() {
    super(RoleNames.BILLING, RoleNames.ADMIN);
  }

  @Override
  protected void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String type = String.valueOf(req.getParameter("type"));
    if (!TYPES.contains(type)) {
      // a bad address is told as such, before the invoice is looked up
      throw new InvalidParameter(new IllegalArgumentException(type));
    }
    long id = idParameter(req, "invoice");
    InvoiceDocument doc = invoicing.download(id);
    Invoice invoice = invoicing.find(id);
    switch (type) {
      case "pdf" ->
          bytes(
              resp,
              "application/pdf",
              InvoiceFiles.name(doc, "pdf"),
              documents.pdf(doc, invoice.getLanguage()));
      case "ubl" ->
          bytes(resp, "application/xml", InvoiceFiles.name(doc, "xml"), documents.ubl(doc));
      case "csv" -> {
        Csv csv = Csv.of(req);
        String base = InvoiceFiles.name(doc, "csv");
        PrintWriter out = csv(resp, csv, base.substring(0, base.length() - 4));
        InvoiceFiles.csv(out, csv, doc, invoicing.customerName(invoice.getCustomerId()));
      }
      default -> throw new InvalidParameter(new IllegalArgumentException(type));
    }
  }

  static void bytes(HttpServletResponse resp, String type, String name, byte[] content)
      throws IOException {
    attachment(resp, type, name);
    resp.setContentLength(content.length);
    resp.getOutputStream().write(content);
  }
}
