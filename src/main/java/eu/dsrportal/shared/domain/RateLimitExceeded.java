package eu.dsrportal.shared.domain;

/** Too many attempts from one client or for one address; try again later (HTTP 429). */
public class RateLimitExceeded extends DomainRuleViolation {
  private static final long serialVersionUID = 1L;

  public RateLimitExceeded(String messageKey) {
    super(messageKey);
  }
}
