package eu.dsrportal.routing.web;

import eu.dsrportal.routing.application.SubjectStatus;
import eu.dsrportal.routing.application.SubjectStatusView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The subject's status page, opened with the link from their mail. */
@Named
@RequestScoped
public class SubjectStatusBacking {

  @Inject SubjectStatus subjectStatus;

  private String ref;
  private String token;
  private SubjectStatusView view;

  public void load() {
    view = subjectStatus.find(ref, token).orElse(null);
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
