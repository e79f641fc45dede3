package eu.dsrportal.audit.domain;

/** Why a backup was restored: a drill into a scratch database, or a restore of the live portal. */
public enum RestoreKind {
  DRILL,
  INCIDENT
}
