package eu.dsrportal.billing.web;

import eu.dsrportal.billing.application.CustomerInvoices;
import eu.dsrportal.billing.domain.InvoiceDocument;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One of the customer's invoices as PDF ({@code type=pdf}) or UBL ({@code type=ubl}); another
 * customer's invoice is not found ({@link CustomerInvoices}).
 */
@WebServlet("/customer/invoice-file")
public class CustomerInvoiceFileServlet extends DownloadServlet {
  private static final long serialVersionUID = 1L;

  @Inject CustomerInvoices invoices;

  public CustomerInvoiceFileServlet() {
    super(RoleNames.CUSTOMER);
  }

  @Override
  protected void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long id = idParameter(req, "invoice");
    String type = String.valueOf(req.getParameter("type"));
    if (!type.equals("pdf") && !type.equals("ubl")) {
      throw new InvalidParameter(new IllegalArgumentException(type));
    }
    InvoiceDocument doc = invoices.document(id);
    if (type.equals("pdf")) {
      StaffInvoiceFileServlet.bytes(
          resp, "application/pdf", InvoiceFiles.name(doc, "pdf"), invoices.pdf(doc, id));
    } else {
      StaffInvoiceFileServlet.bytes(
          resp, "application/xml", InvoiceFiles.name(doc, "xml"), invoices.ubl(doc));
    }
  }
}
