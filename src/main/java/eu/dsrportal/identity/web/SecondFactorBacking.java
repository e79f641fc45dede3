package eu.dsrportal.identity.web;

import eu.dsrportal.identity.application.SecondFactors;
import eu.dsrportal.identity.application.SecondFactors.Enrolment;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The user's own second factor: enrol an authenticator app (scan the QR code or type the secret,
 * then confirm with a code), or remove it. The secret lives in the view until it is confirmed.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SecondFactors secondFactors;

  private Boolean enrolled;
  private Boolean required;
  private Enrolment enrolment;
  private String code;

  public boolean isEnrolled() {
    if (enrolled == null) {
      enrolled = secondFactors.ownIsEnrolled();
    }
    return enrolled;
  }

  public boolean isRequired() {
    if (required == null) {
      required = secondFactors.ownIsRequired();
    }
    return required;
  }

  public Enrolment getEnrolment() {
    if (enrolment == null) {
      enrolment = secondFactors.newEnrolment();
    }
    return enrolment;
  }

  public String getQrCode() {
    return QrCodeImage.dataUri(getEnrolment().provisioningUri());
  }

  /** The secret in groups of four, easier to type into an app. */
  public String getSecretGroups() {
    return getEnrolment().secret().replaceAll("(.{4})(?!$)", "$1 ");
  }

  public String enrol() {
    try {
      if (!secondFactors.enrol(getEnrolment().secret(), code)) {
        Messages.errorOn("enrol:code", "twofactor.error.code");
        return null;
      }
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      enrolled = null;
      return null;
    }
    Messages.info("twofactor.enrolled");
    Messages.keepForRedirect();
    return "/account/second-factor?faces-redirect=true";
  }

  public String remove() {
    try {
      if (!secondFactors.removeOwn(code)) {
        Messages.errorOn("remove:code", "twofactor.error.code");
        return null;
      }
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      enrolled = null;
      return null;
    }
    Messages.info("twofactor.removed");
    Messages.keepForRedirect();
    return "/account/second-factor?faces-redirect=true";
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
