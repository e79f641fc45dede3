package eu.dsrportal.customer.domain;

/**
 * What the customer is for the personal data concerned: the controller, or a processor (then the
 * provider is its sub-processor). Requests are forwarded to it the same way either way.
 */
public enum CustomerRole {
  CONTROLLER,
  PROCESSOR
}
