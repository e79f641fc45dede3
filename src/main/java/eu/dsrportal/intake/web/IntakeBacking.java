package eu.dsrportal.intake.web;

import eu.dsrportal.intake.application.RequestIntake;
import eu.dsrportal.intake.application.RequestSubmission;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.web.LocaleBacking;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * The public request form. Each form gets a submission key when it is shown, so a double submit or
 * a resubmitted POST finds the request it already created (one request, one reference).
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RequestIntake intake;
  @Inject LocaleBacking locale;
  @Inject Flash flash;

  private final RequestSubmission submission = new RequestSubmission();
  private String submissionKey;

  @PostConstruct
  void init() {
    submissionKey = "web:" + UUID.randomUUID();
  }

  public String submit() {
    submission.setLanguage(locale.getTag());
    RequestReference reference;
    try {
      reference = intake.submit(submission, Channel.WEB_FORM, submissionKey);
    } catch (EJBException e) {
      // a concurrent second submit of this form lost the race on the unique submission key
      reference = intake.findBySubmissionKey(submissionKey).orElseThrow(() -> e);
    }
    flash.put("reference", reference.value());
    return "/intake/confirmation?faces-redirect=true";
  }

  public DataSubjectRight[] getRights() {
    return DataSubjectRight.values();
  }

  public RequestSubmission getSubmission() {
    return submission;
  }
}
