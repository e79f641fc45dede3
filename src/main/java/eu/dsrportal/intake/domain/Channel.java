package eu.dsrportal.intake.domain;

/** How a request reached the provider. */
public enum Channel {
  WEB_FORM,
  API,
  /** Entered by staff from an e-mail the provider received. */
  EMAIL,
  /** Entered by staff from a letter. */
  LETTER,
  /** Entered by staff from a phone call. */
  PHONE;

  /**
   * Whether the subject sent the request themselves, from an e-mail address nobody has checked:
   * then they confirm it with a link before the request is worked on.
   */
  public boolean needsVerification() {
    return this == WEB_FORM || this == API;
  }

  /** The channels staff enter requests from, with the date they were received. */
  public static Channel[] enteredByStaff() {
    return new Channel[] {EMAIL, LETTER, PHONE};
  }
}
