package eu.dsrportal.shared.domain;

import jakarta.ejb.ApplicationException;

/** A state change the aggregate refuses; carries a message bundle key for the user. */
@ApplicationException(rollback = true)
public class DomainRuleViolation extends RuntimeException {
  private final String messageKey;

  public DomainRuleViolation(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
