package eu.dsrportal.audit.domain;

/**
 * What an audit entry records. Stored by name in {@code audit_entry.action} and hashed into the
 * chain by name, so a constant is never renamed or removed once entries carry it; each has a label
 * {@code audit.action.<NAME>} in every language.
 */
public enum AuditAction {
  // requests, from the subject's side
  REQUEST_SUBMITTED,
  REQUEST_VERIFIED,
  STATUS_VIEWED,
  UNVERIFIED_PURGED,
  ATTACHMENT_DOWNLOADED,
  // routing
  INBOX_VIEWED,
  REQUEST_VIEWED,
  REQUEST_FORWARDED,
  REQUEST_CLOSED,
  CUSTOMER_REQUESTS_VIEWED,
  REQUEST_ACKNOWLEDGED,
  // teamwork on requests (the inbox)
  REQUEST_ASSIGNED,
  REQUEST_UNASSIGNED,
  REQUEST_NOTE_ADDED,
  // acting on a request (issue 10)
  /**
   * Staff took a forwarded request back from its customer (a re-forward, or the provider's own).
   */
  FORWARDING_WITHDRAWN,
  /** The customer answered "not ours": back in the inbox. */
  REQUEST_RETURNED,
  ANSWER_PERIOD_EXTENDED,
  // our own clock (docs/service-clock.md)
  SERVICE_LEVELS_CHANGED,
  FORWARDING_OVERDUE_NOTIFIED,
  ACKNOWLEDGEMENT_REMINDED,
  ACKNOWLEDGEMENT_ESCALATED,
  REQUEST_REOPENED,
  CLARIFICATION_ASKED,
  CLARIFICATION_ANSWERED,
  // assistance and billing
  ASSISTANCE_ASKED,
  ASSISTANCE_VIEWED,
  ASSISTANCE_ACCEPTED,
  TIME_LOGGED,
  // work on a task until billed (docs/time-and-items.md)
  TIME_CHANGED,
  TIME_DELETED,
  ITEM_ADDED,
  ITEM_CHANGED,
  ITEM_DELETED,
  TASK_FILE_UPLOADED,
  ASSISTANCE_COMPLETED,
  // the task's life (issue 12): refusal, proposals, versions, the provider's approval, estimates
  ASSISTANCE_REFUSED,
  ASSISTANCE_PROPOSED,
  ASSISTANCE_PROPOSAL_APPROVED,
  ASSISTANCE_PROPOSAL_DECLINED,
  INSTRUCTION_CHANGED,
  ASSISTANCE_KIND_CHANGED,
  ASSISTANCE_ASSIGNED,
  ASSISTANCE_BEYOND_MARKED,
  ASSISTANCE_BEYOND_APPROVED,
  ASSISTANCE_BEYOND_REFUSED,
  ESTIMATE_GIVEN,
  ESTIMATE_APPROVED,
  ESTIMATE_DECLINED,
  ASSISTANCE_STARTED,
  ASSISTANCE_WAITING,
  ASSISTANCE_RESUMED,
  ASSISTANCE_CANCELLED,
  ASSISTANCE_WITHDRAWN,
  ASSISTANCE_COMMENTED,
  STATEMENT_VIEWED,
  // issue 12: billing runs, invoices and credit notes
  BILLING_RUN_STARTED,
  INVOICE_REMADE,
  INVOICE_DISCARDED,
  INVOICE_FINALISED,
  CREDIT_NOTE_ISSUED,
  INVOICE_VIEWED,
  INVOICE_DOWNLOADED,
  BILLING_REPORT_VIEWED,
  // the customer's inquiries under the contract (art. 8.5, 11.3)
  INQUIRY_REGISTERED,
  INQUIRY_VIEWED,
  INQUIRY_EXTENDED,
  INQUIRY_ANSWERED,
  /** The reminder job told the support team an inquiry is due soon or overdue. */
  INQUIRY_REMINDED,
  // customers
  CUSTOMER_CREATED,
  CUSTOMER_CHANGED,
  // contracts and billing details (issue 12, docs/contracts.md)
  /** A new version of a customer's contract terms, from a date on. */
  CONTRACT_VERSION_ADDED,
  /** A version not yet in force taken back. */
  CONTRACT_VERSION_DELETED,
  /** The customer's VAT number, billing e-mail, Peppol id or buyer reference changed. */
  CUSTOMER_BILLING_CHANGED,
  // retention (issue 13, docs/retention.md)
  /** The daily retention run anonymised, cleared and removed what was due (one entry a day). */
  RETENTION_RUN,
  /** A customer's own retention period for its handled requests set, or back to the default. */
  RETENTION_PERIOD_CHANGED,
  /** An ended customer's data exported (end of service, a ZIP of JSON and files). */
  CUSTOMER_DATA_EXPORTED,
  /** An ended customer's data deleted, with a deletion certificate. */
  CUSTOMER_DATA_DELETED,
  DELETION_CERTIFICATE_VIEWED,
  // the breach register (issue 11)
  BREACH_RECORDED,
  BREACH_CHANGED,
  /** A breach notice queued to a customer's privacy contact (one entry per customer). */
  BREACH_NOTICE_SENT,
  /** A customer's user read a breach notice (refused: another customer's). */
  BREACH_NOTICE_VIEWED,
  // the restore log (issue 13, docs/operations.md)
  /** A restore of a backup (a drill or a real one) entered in the restore log. */
  RESTORE_RECORDED,
  /** The restore log read. */
  RESTORE_LOG_VIEWED,
  // the daily digest (issue 11)
  /** A support user switched their own daily digest off or on, or chose its language. */
  DIGEST_SETTING_CHANGED,
  /** A customer's administrator switched the customer's daily digest off or on. */
  CUSTOMER_DIGEST_CHANGED,
  // accounts
  USERS_VIEWED,
  USER_VIEWED,
  ACCOUNT_CREATED,
  ROLES_CHANGED,
  ACCOUNT_DISABLED,
  ACCOUNT_ENABLED,
  ACCOUNT_UNLOCKED,
  FAILED_LOGINS_VIEWED,
  PASSWORD_CHANGED,
  PASSWORD_RESET,
  SECOND_FACTOR_ENROLLED,
  SECOND_FACTOR_REMOVED,
  SECOND_FACTOR_RESET,
  LOGIN_POLICY_CHANGED,
  API_TOKEN_CREATED,
  API_TOKEN_REVOKED,
  /** A call to the API with a token that is unknown, revoked, expired or of a disabled account. */
  API_TOKEN_REFUSED,
  /**
   * A client network sent too many refused tokens: its tokens are not checked for a while (one
   * entry a minute while it lasts, not one per call).
   */
  API_TOKENS_THROTTLED,
  // logins
  LOGGED_IN,
  LOGGED_IN_WITH_SECOND_FACTOR,
  LOGGED_OUT,
  /** A session ended by the portal: its account changed, or it reached its absolute lifetime. */
  SESSION_ENDED,
  /** A page refused by the URL rules (a customer opening an administrator's page). */
  PAGE_REFUSED,
  // the trail itself
  AUDIT_SEARCHED,
  AUDIT_CHAIN_VERIFIED;

  /** The bundle key of the action's label. */
  public String messageKey() {
    return "audit.action." + name();
  }
}
