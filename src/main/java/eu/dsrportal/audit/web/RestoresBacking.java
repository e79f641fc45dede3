package eu.dsrportal.audit.web;

import eu.dsrportal.audit.application.RestoreForm;
import eu.dsrportal.audit.application.RestoreLog;
import eu.dsrportal.audit.domain.RestoreKind;
import eu.dsrportal.audit.domain.RestoreOutcome;
import eu.dsrportal.audit.domain.RestoreRecord;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The restore log for administrators: every restore, the latest first, and a form for the next. */
@Named
@ViewScoped
public class RestoresBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RestoreLog log;
  @Inject transient ProviderTime time;

  private RestoreForm form;
  private List<RestoreRecord> restores;

  public void load() {
    restores = log.list();
    if (form == null) {
      form = new RestoreForm();
      var now = time.now().atZone(time.zone());
      form.setRestoredOn(now.toLocalDate());
      form.setRestoredTime(now.toLocalTime().truncatedTo(ChronoUnit.MINUTES));
      form.setRestoredBy(log.callerName());
    }
  }

  public String record() {
    try {
      log.record(form);
    } catch (DomainRuleViolation e) {
      switch (e.messageKey()) {
        case "restores.error.future" -> Messages.errorOn("restore:restoredOn", e.messageKey());
        case "restores.error.notesRequired" -> Messages.errorOn("restore:notes", e.messageKey());
        default -> Messages.error(e.messageKey());
      }
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    Messages.info("restores.recorded");
    Messages.keepForRedirect();
    return "/admin/restores?faces-redirect=true";
  }

  public RestoreForm getForm() {
    return form;
  }

  public List<RestoreRecord> getRestores() {
    return restores;
  }

  public RestoreKind[] getKinds() {
    return RestoreKind.values();
  }

  public RestoreOutcome[] getOutcomes() {
    return RestoreOutcome.values();
  }
}
