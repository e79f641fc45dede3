package eu.dsrportal.intake.domain;

/** Where a request is on its way to the customer. */
public enum RequestStatus {
  /** Submitted by its subject, who has not yet confirmed the e-mail address: not in the inbox. */
  UNVERIFIED,
  RECEIVED,
  FORWARDED,
  ACKNOWLEDGED,
  /** Closed by support staff, with a reason the subject sees. */
  CLOSED
}
