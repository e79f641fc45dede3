package eu.dsrportal.intake.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What an authority's demand states (contract art. 6.2): who demands, on which legal basis, and
 * whether the law forbids telling the customer (then the request is never forwarded to it).
 */
@Embeddable
public class AuthorityDemand {
  public static final int AUTHORITY_LENGTH = 200;
  public static final int TEXT_LENGTH = 500;

  @Column(name = "authority", length = AUTHORITY_LENGTH)
  private String authority;

  @Column(name = "legal_basis", length = TEXT_LENGTH)
  private String legalBasis;

  @Column(name = "notification_forbidden")
  private boolean notificationForbidden;

  @Column(name = "notification_forbidden_reason", length = TEXT_LENGTH)
  private String notificationForbiddenReason;

  /** No demand: what a request of a subject or third party carries. */
  AuthorityDemand() {}

  public AuthorityDemand(
      String authority,
      String legalBasis,
      boolean notificationForbidden,
      String notificationForbiddenReason) {
    if (isBlank(authority) || isBlank(legalBasis)) {
      throw new DomainRuleViolation("entry.error.authority");
    }
    if (notificationForbidden && isBlank(notificationForbiddenReason)) {
      throw new DomainRuleViolation("entry.error.gagReason");
    }
    PlainText.Check.requirePlain(authority, false);
    PlainText.Check.requirePlain(legalBasis, true);
    PlainText.Check.requirePlain(notificationForbiddenReason, true);
    this.authority = authority.strip();
    this.legalBasis = legalBasis.strip();
    this.notificationForbidden = notificationForbidden;
    this.notificationForbiddenReason =
        notificationForbidden ? notificationForbiddenReason.strip() : null;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  public String getAuthority() {
    return authority;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public boolean isNotificationForbidden() {
    return notificationForbidden;
  }

  public String getNotificationForbiddenReason() {
    return notificationForbiddenReason;
  }
}
