package eu.dsrportal.intake.domain;

/** Why support staff closed a request; the subject sees it on the status page. */
public enum CloseReason {
  /** The same request came in before; the earlier one is worked on. */
  DUPLICATE,
  /** The subject withdrew it. */
  WITHDRAWN,
  /**
   * None of the provider's customers is the organisation meant; the subject is told to turn to it.
   */
  NOT_OUR_CUSTOMER,
  /** The customer answered the subject; nothing is left to do here. */
  ANSWERED,
  /** Junk: nobody is told, no mail goes out. */
  SPAM,
  /** Not a data-subject request under the GDPR (a complaint, a sales question). */
  NOT_GDPR,
  /** The provider itself is the controller (contract 1.4C): handled internally, never forwarded. */
  PROVIDER_IS_CONTROLLER
}
