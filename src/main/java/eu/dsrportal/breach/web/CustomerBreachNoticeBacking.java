package eu.dsrportal.breach.web;

import eu.dsrportal.breach.application.CustomerBreachNotices;
import eu.dsrportal.breach.application.CustomerBreachNotices.Sent;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One breach notice as it was sent; another customer's is not found (404). */
@Named
@ViewScoped
public class CustomerBreachNoticeBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CustomerBreachNotices notices;

  private Long id;
  private Sent notice;

  public void load() {
    PageSupport.loadOrNotFound(id, () -> notice = notices.find(id));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Sent getNotice() {
    return notice;
  }
}
