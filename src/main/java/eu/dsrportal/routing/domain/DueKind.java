package eu.dsrportal.routing.domain;

/** Whose deadline a request's next deadline is (see {@link ServiceClock}). */
public enum DueKind {
  /** Ours: forward the request to its customer (the forwarding SLA). */
  FORWARD,
  /** The customer's: acknowledge that it has the request (our reminders count towards it). */
  ACKNOWLEDGE,
  /** The customer's: answer the data subject (GDPR art. 12(3)). */
  ANSWER
}
