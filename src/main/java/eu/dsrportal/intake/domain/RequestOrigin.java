package eu.dsrportal.intake.domain;

/** Who asks: the data subject (or someone for them), another third party, or an authority. */
public enum RequestOrigin {
  DATA_SUBJECT,
  /** Anyone else asking about a customer's data (contract art. 6.3). */
  THIRD_PARTY,
  /** Police, courts, regulators demanding data (contract art. 6.2). */
  AUTHORITY
}
