package eu.dsrportal.routing.domain;

/** What the reminder job sends (docs/service-clock.md), each once per forwarding and sequence. */
public enum ReminderKind {
  /** The request was not forwarded within our SLA: support staff are told, once. */
  FORWARD_OVERDUE,
  /** The customer has not acknowledged: its primary privacy contact is reminded (and again). */
  REMINDER,
  /** Still not acknowledged a while later: support staff and the customer's secondary contact. */
  ESCALATION
}
