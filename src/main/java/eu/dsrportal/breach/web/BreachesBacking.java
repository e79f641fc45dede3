package eu.dsrportal.breach.web;

import eu.dsrportal.breach.application.BreachRegister;
import eu.dsrportal.breach.application.BreachRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The breach register for administrators: every breach by discovery, newest first by default. */
@Named
@ViewScoped
public class BreachesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient BreachRegister register;

  private boolean oldestFirst;
  private List<BreachRow> breaches;

  public void load() {
    breaches = register.list(!oldestFirst);
  }

  public List<BreachRow> getBreaches() {
    return breaches;
  }

  public boolean isOldestFirst() {
    return oldestFirst;
  }

  public void setOldestFirst(boolean oldestFirst) {
    this.oldestFirst = oldestFirst;
  }
}
