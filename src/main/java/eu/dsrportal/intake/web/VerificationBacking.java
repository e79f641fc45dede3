package eu.dsrportal.intake.web;

import eu.dsrportal.intake.application.SubjectSubmissions;
import eu.dsrportal.intake.domain.Request.Verification;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page a verification link opens. Opening it changes nothing (mail scanners open links); the
 * subject's press on its button confirms, by POST.
 */
@Named
@ViewScoped
public class VerificationBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SubjectSubmissions submissions;

  private String ref;
  private String token;
  private String status;
  private Verification outcome;

  public void confirm() {
    outcome = submissions.verify(ref, token);
  }

  public boolean isShowButton() {
    return outcome == null;
  }

  /** The message key of what happened, once the button was pressed. */
  public String getOutcomeKey() {
    if (outcome == null) {
      return null;
    }
    return switch (outcome) {
      case VERIFIED -> "verify.done";
      case ALREADY_VERIFIED -> "verify.already";
      case INVALID -> "verify.invalid";
    };
  }

  /** The page's heading: what to do, then what happened. */
  public String getTitleKey() {
    if (outcome == null) {
      return "verify.title";
    }
    return outcome == Verification.INVALID ? "verify.invalid.title" : "verify.confirmed.title";
  }

  public boolean isConfirmed() {
    return outcome == Verification.VERIFIED || outcome == Verification.ALREADY_VERIFIED;
  }

  public boolean isInvalid() {
    return outcome == Verification.INVALID;
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

  /** The status page's token, which the mail's confirmation link carries along. */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
