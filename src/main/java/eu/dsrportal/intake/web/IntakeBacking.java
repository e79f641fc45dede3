package eu.dsrportal.intake.web;

import eu.dsrportal.intake.application.RequestSubmission;
import eu.dsrportal.intake.application.SubjectSubmissions;
import eu.dsrportal.intake.domain.Channel;
import eu.dsrportal.intake.domain.RequestReference;
import eu.dsrportal.intake.domain.SubjectRelation;
import eu.dsrportal.intake.infrastructure.ProofOfWork;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.RateLimitExceeded;
import eu.dsrportal.shared.web.LocaleBacking;
import eu.dsrportal.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The public request form. Each form gets a submission key when it is shown, so a double submit or
 * a resubmitted POST finds the request it already created (one request, one reference).
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(IntakeBacking.class.getName());

  @Inject SubjectSubmissions submissions;
  @Inject LocaleBacking locale;
  @Inject ProofOfWork proofOfWork;

  private final RequestSubmission submission = new RequestSubmission();
  private String submissionKey;

  /** The honeypot: a field people never see, so never fill; form-filling robots do. */
  private String website;

  @PostConstruct
  void init() {
    submissionKey = "web:" + UUID.randomUUID();
  }

  public String submit() {
    if (website != null && !website.isBlank()) {
      LOG.info("Intake form refused: honeypot filled");
      Messages.error("intake.error.rejected");
      return null;
    }
    if (proofOfWork.isEnabled()
        && !proofOfWork.verify(
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("altcha"))) {
      Messages.error("intake.error.proofOfWork");
      return null;
    }
    submission.setLanguage(locale.getTag());
    RequestReference reference;
    try {
      reference = submissions.submit(submission, Channel.WEB_FORM, submissionKey);
    } catch (RateLimitExceeded e) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(429);
      Messages.error(e.messageKey());
      return null;
    }
    // in the address, not the flash: the confirmation page keeps it when the language is switched
    return "/intake/confirmation?faces-redirect=true&ref=" + reference.value();
  }

  public DataSubjectRight[] getRights() {
    return DataSubjectRight.values();
  }

  /** Whether the form asks the browser for a proof of work (ALTCHA) before it is sent. */
  public boolean isProofOfWork() {
    return proofOfWork.isEnabled();
  }

  /** The widget's texts, in the page's language (its "strings" attribute, JSON). */
  public String getProofOfWorkStrings() {
    var strings = Json.createObjectBuilder();
    for (String key :
        new String[] {
          "label",
          "verifying",
          "verified",
          "error",
          "expired",
          "waitAlert",
          "footer",
          "loading",
          "verificationRequired"
        }) {
      strings.add(key, Messages.text("intake.altcha." + key));
    }
    strings.add("ariaLinkLabel", Messages.text("intake.altcha.footer"));
    return strings.build().toString();
  }

  public SubjectRelation[] getRelations() {
    return SubjectRelation.values();
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public RequestSubmission getSubmission() {
    return submission;
  }
}
