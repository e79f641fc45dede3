package eu.dsrportal.audit.web;

import eu.dsrportal.audit.application.AuditFilter;
import eu.dsrportal.audit.application.AuditTrail;
import eu.dsrportal.audit.domain.AuditEntry;
import eu.dsrportal.shared.web.Csv;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The filtered trail as CSV (UTC times), for auditors. Under /admin, so administrators only. */
@WebServlet("/admin/audit.csv")
public class AuditCsvServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    AuditFilter filter = new AuditFilter();
    try {
      filter.setActor(req.getParameter("actor"));
      filter.setObjectType(req.getParameter("objectType"));
      filter.setObjectId(req.getParameter("objectId"));
      filter.setFrom(date(req.getParameter("from")));
      filter.setTo(date(req.getParameter("to")));
      filter.setDeniedOnly("true".equals(req.getParameter("deniedOnly")));
    } catch (DateTimeParseException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    PrintWriter out = Csv.start(resp, "audit-trail.csv");
    out.println(
        "id;occurred_at_utc;actor;action;object_type;object_id;outcome;client_ip;chain_seq;entry_hash");
    for (AuditEntry e : trail.search(filter)) {
      out.println(
          String.join(
              ";",
              String.valueOf(e.getId()),
              e.getOccurredAt().toString(),
              Csv.text(e.getActor()),
              Csv.text(e.getAction().name()),
              Csv.text(e.getObjectType()),
              Csv.text(e.getObjectId()),
              e.getOutcome().name(),
              Csv.text(e.getClientIp()),
              e.getChainSeq() == null ? "" : String.valueOf(e.getChainSeq()),
              e.getEntryHash() == null ? "" : e.getEntryHash()));
    }
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text);
  }
}
