package eu.dsrportal.breach.web;

import eu.dsrportal.breach.application.CustomerBreachNotices;
import eu.dsrportal.breach.application.CustomerBreachNotices.Summary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The breach notices sent to the customer of the logged-in user, newest first. */
@Named
@ViewScoped
public class CustomerBreachesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CustomerBreachNotices notices;

  private List<Summary> list;

  public void load() {
    list = notices.list();
  }

  public List<Summary> getNotices() {
    return list;
  }
}
