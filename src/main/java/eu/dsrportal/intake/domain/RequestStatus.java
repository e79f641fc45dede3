package eu.dsrportal.intake.domain;

/** Where a request is on its way to the customer. */
public enum RequestStatus {
  RECEIVED,
  FORWARDED,
  ACKNOWLEDGED
}
