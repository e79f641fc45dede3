package eu.dsrportal.digest.domain;

/** Who a digest goes to: a staff user (keyed by username) or a customer (keyed by its id). */
public enum RecipientKind {
  USER,
  CUSTOMER
}
