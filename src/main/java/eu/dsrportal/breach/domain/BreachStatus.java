package eu.dsrportal.breach.domain;

/** Where the handling of a breach stands. */
public enum BreachStatus {
  /** Known, still being investigated. */
  INVESTIGATING,
  /** Stopped from going on; consequences still being dealt with. */
  CONTAINED,
  /** Handled: recovered, measures in place. */
  RESOLVED
}
