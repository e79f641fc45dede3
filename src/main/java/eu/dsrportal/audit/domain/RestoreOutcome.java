package eu.dsrportal.audit.domain;

/** How a restore went. */
public enum RestoreOutcome {
  SUCCEEDED,
  /** restored, but not everything: what was missing says the entry's notes */
  PARTIAL,
  FAILED
}
