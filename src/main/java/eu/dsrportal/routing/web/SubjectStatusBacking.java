package eu.dsrportal.routing.web;

import eu.dsrportal.routing.application.StatusLinkExpired;
import eu.dsrportal.routing.application.SubjectStatus;
import eu.dsrportal.routing.application.SubjectStatusView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/** The subject's status page, opened with the link from their mail. */
@Named
@RequestScoped
public class SubjectStatusBacking {

  @Inject SubjectStatus subjectStatus;

  private String ref;
  private String token;
  private SubjectStatusView view;
  private boolean expired;

  public void load() {
    try {
      view = subjectStatus.find(ref, token).orElse(null);
    } catch (StatusLinkExpired e) {
      expired = true;
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_GONE);
    }
  }

  /** The link was right once, but the request was closed too long ago. */
  public boolean isExpired() {
    return expired;
  }

  public SubjectStatusView getView() {
    return view;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
