package eu.dsrportal.audit.web;

import eu.dsrportal.audit.application.AuditFilter;
import eu.dsrportal.audit.application.AuditTrail;
import eu.dsrportal.audit.application.ChainHead;
import eu.dsrportal.audit.domain.AuditEntry;
import eu.dsrportal.shared.domain.RoleNames;
import eu.dsrportal.shared.web.Csv;
import eu.dsrportal.shared.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The filtered trail as CSV, for auditors: for Excel or plain ({@link Csv}); times in UTC, actions
 * and outcomes by their codes, so files from different languages compare. The last line is the
 * chain's head (a label, the time it was sealed in UTC, its sequence and HMAC, each in its column),
 * which administrators keep outside the database. Under /admin, for administrators.
 */
@WebServlet("/admin/audit.csv")
public class AuditCsvServlet extends DownloadServlet {
  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;

  public AuditCsvServlet() {
    super(RoleNames.ADMIN);
  }

  @Override
  protected void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    AuditFilter filter = new AuditFilter();
    try {
      filter.setReference(req.getParameter("reference"));
      filter.setActor(req.getParameter("actor"));
      filter.setObjectType(req.getParameter("objectType"));
      filter.setObjectId(req.getParameter("objectId"));
      filter.setFrom(date(req.getParameter("from")));
      filter.setTo(date(req.getParameter("to")));
      filter.setDeniedOnly("true".equals(req.getParameter("deniedOnly")));
    } catch (DateTimeParseException e) {
      throw new InvalidParameter(e);
    }
    Csv csv = Csv.of(req);
    PrintWriter out = csv(resp, csv, "audit-trail");
    out.print(
        csv.line(
            csv.header("id", "audit.csv.id"),
            csv.header("occurred_at_utc", "audit.csv.occurredAt"),
            csv.header("actor", "audit.actor"),
            csv.header("action", "audit.action"),
            csv.header("object_type", "audit.objectType"),
            csv.header("object_id", "audit.objectId"),
            csv.header("outcome", "audit.outcome"),
            csv.header("client_ip", "security.address"),
            csv.header("chain_seq", "audit.seq"),
            csv.header("entry_hash", "audit.csv.hash")));
    for (AuditEntry e : trail.search(filter)) {
      out.print(
          csv.line(
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
    // the chain's head last, to be kept outside the database (issue 9)
    ChainHead head = trail.head();
    out.print(
        csv.line(
            csv.header("chain_head", "audit.csv.head"),
            head.sealedAt() == null ? "" : head.sealedAt().toString(),
            "",
            "",
            "",
            "",
            "",
            "",
            String.valueOf(head.seq()),
            head.hash()));
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text);
  }
}
