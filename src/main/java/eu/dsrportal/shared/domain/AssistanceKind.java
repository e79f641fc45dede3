package eu.dsrportal.shared.domain;

/**
 * The kinds of paid assistance the contract names: help with a data-subject request (art. 9.1),
 * with a personal data breach (13.4), with an audit or information request (8.5), with a DPIA or a
 * prior consultation (GDPR art. 35–36), and anything else the customer instructs. Shared because
 * the contract prices them and the assistance context records them.
 */
public enum AssistanceKind {
  DSR_HELP,
  BREACH,
  AUDIT,
  DPIA,
  OTHER
}
