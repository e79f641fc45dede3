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
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The public request form, a stateless view ({@code StatelessPages}): this bean lives for one
 * request. Each form gets a submission key when it is shown, so a double submit or a resubmitted
 * POST finds the request it already created (one request, one reference). The key travels in the
 * form (a hidden field), the only thing carried from the GET to the POST (perf/double-click.sh,
 * BatteriesIT).
 */
@Named
@RequestScoped
public class IntakeBacking {
  private static final Logger LOG = Logger.getLogger(IntakeBacking.class.getName());

  private static final Pattern SUBMISSION_KEY =
      Pattern.compile("web:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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
    keepWhatWasTyped(
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
  }

  /**
   * A form sent back with errors shows what was typed in it again. The stateless view is built anew
   * when the answer is rendered, and its fields then show this bean's values (the fields that
   * failed are not applied to it), so the bean starts from what the form sent.
   */
  void keepWhatWasTyped(Map<String, String> sent) {
    if (!"intake".equals(sent.get("intake"))) {
      return;
    }
    submission.setName(sent.get("intake:name"));
    submission.setEmail(sent.get("intake:email"));
    submission.setOrganisation(sent.get("intake:organisation"));
    submission.setRight(blankToNull(sent.get("intake:right")));
    submission.setDescription(sent.get("intake:description"));
    submission.setService(sent.get("intake:service"));
    submission.setRelation(blankToNull(sent.get("intake:relation")));
    submission.setSubjectReference(sent.get("intake:subjectReference"));
    setSubmissionKey(sent.get("intake:key"));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public String submit() {
    // the form's own key, also when validation of another field kept the model from being updated
    setSubmissionKey(
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("intake:key"));
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
      reference =
          SubmissionKeyLocks.oneAtATime(
              submissionKey, () -> submissions.submit(submission, Channel.WEB_FORM, submissionKey));
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

  /** The form's submission key, written into the form as a hidden field. */
  public String getSubmissionKey() {
    return submissionKey;
  }

  /** The key the form came back with; anything but a key this form could have made is ignored. */
  public void setSubmissionKey(String key) {
    if (key != null && SUBMISSION_KEY.matcher(key).matches()) {
      submissionKey = key;
    }
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
