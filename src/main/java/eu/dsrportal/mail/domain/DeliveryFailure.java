package eu.dsrportal.mail.domain;

/**
 * Why a mail did not leave, as far as the outbox cares: it decides whether the mail is tried again,
 * and when.
 */
public enum DeliveryFailure {
  /** The server refused this mail for good (a 5xx reply, an address that cannot be parsed). */
  PERMANENT,
  /** The server answered but not now (a 4xx reply) or something unclear: back off and retry. */
  TRANSIENT,
  /**
   * No usable server (refused, unreachable, timed out, connection lost): nothing is wrong with the
   * mail; it is tried again soon, and this never makes it FAILED.
   */
  SERVER_UNAVAILABLE
}
