package eu.dsrportal.intake.domain;

/** How a request reached the provider. */
public enum Channel {
  WEB_FORM,
  API
}
