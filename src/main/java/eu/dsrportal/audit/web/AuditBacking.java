package eu.dsrportal.audit.web;

import eu.dsrportal.audit.application.AuditFilter;
import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.application.AuditTrail;
import eu.dsrportal.audit.application.ChainVerification;
import eu.dsrportal.audit.domain.AuditEntry;
import eu.dsrportal.shared.web.LocaleBacking;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit trail for administrators: filter, export, verify the chain. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;
  @Inject LocaleBacking localeBacking;

  private final AuditFilter filter = new AuditFilter();
  private List<AuditEntry> entries;

  public void search() {
    entries = trail.search(filter);
  }

  public void verify() {
    ChainVerification result = trail.verifyChain();
    if (result.isIntact()) {
      Messages.info("audit.chain.intact", result.getChecked());
    } else if (result.getBrokenEntryId() != null) {
      Messages.error("audit.chain.changed", result.getBrokenEntryId(), result.getBrokenSeq());
    } else {
      Messages.error("audit.chain.missing", result.getBrokenSeq());
    }
  }

  /** The export links carry the same filter, and the page's language for the headers. */
  public String getCsvQuery() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("reference", filter.getReference());
    parameters.put("actor", filter.getActor());
    parameters.put("objectType", filter.getObjectType());
    parameters.put("objectId", filter.getObjectId());
    parameters.put("from", filter.getFrom() == null ? null : filter.getFrom().toString());
    parameters.put("to", filter.getTo() == null ? null : filter.getTo().toString());
    parameters.put("deniedOnly", filter.isDeniedOnly() ? "true" : null);
    return parameters.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&", "lang=" + localeBacking.getTag() + "&", ""));
  }

  /** Who acted, or the localised word for a caller who was not logged in. */
  public String actor(AuditEntry entry) {
    return AuditLog.ANONYMOUS.equals(entry.getActor())
        ? Messages.text("audit.anonymous")
        : entry.getActor();
  }

  public List<AuditEntry> getEntries() {
    if (entries == null) {
      search();
    }
    return entries;
  }

  public int getMaxResults() {
    return AuditTrail.MAX_RESULTS;
  }

  public AuditFilter getFilter() {
    return filter;
  }
}
