package eu.dsrportal.intake.domain;

/** How a request reached the provider. */
public enum Channel {
  WEB_FORM,
  API;

  /**
   * Whether the subject sent the request themselves, from an e-mail address nobody has checked:
   * then they confirm it with a link before the request is worked on.
   */
  public boolean needsVerification() {
    return this == WEB_FORM || this == API;
  }
}
