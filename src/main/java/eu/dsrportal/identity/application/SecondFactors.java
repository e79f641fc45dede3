package eu.dsrportal.identity.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.domain.OneTimeCodes;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.identity.infrastructure.LoginSession;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The second factor: users enrol an authenticator app and may remove it again (administrators may
 * not work without one); an administrator removes a lost one so its owner can enrol anew.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.BILLING, RoleNames.ADMIN, RoleNames.CUSTOMER})
public class SecondFactors {
  public static final String ISSUER = "DSR Portal";

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject SecondFactorPolicy policy;
  @Inject LoginSession loginSession;

  /** What the enrolment page shows: a fresh secret and the address the QR code carries. */
  public record Enrolment(String secret, String provisioningUri) {}

  public boolean ownIsEnrolled() {
    return own().hasSecondFactor();
  }

  /** Whether the caller may not work without one (by role, or their customer's choice). */
  public boolean ownIsRequired() {
    return policy.requires(own());
  }

  public Enrolment newEnrolment() {
    String secret = OneTimeCodes.newSecret();
    return new Enrolment(secret, OneTimeCodes.provisioningUri(ISSUER, own().getUsername(), secret));
  }

  /**
   * Enrols the secret if the code typed is its current one.
   *
   * @return false when the code does not match: nothing is enrolled
   */
  public boolean enrol(String secret, String code) {
    if (!OneTimeCodes.isSecret(secret)) {
      throw new DomainRuleViolation("twofactor.error.secret");
    }
    UserAccount account = own();
    if (!account.enrolSecondFactor(secret, code, clock.instant())) {
      audit.denied(AuditAction.SECOND_FACTOR_ENROLLED, "UserAccount", account.getId());
      return false;
    }
    audit.granted(AuditAction.SECOND_FACTOR_ENROLLED, "UserAccount", account.getId());
    return true;
  }

  /**
   * Removes the caller's own second factor, proven by a current code.
   *
   * @return false when the code does not match
   */
  public boolean removeOwn(String code) {
    UserAccount account = own();
    if (policy.requires(account)) {
      throw new DomainRuleViolation("twofactor.error.required");
    }
    if (!account.hasSecondFactor()) {
      throw new DomainRuleViolation("twofactor.error.notEnrolled");
    }
    if (!account.acceptCode(code, clock.instant())) {
      audit.denied(AuditAction.SECOND_FACTOR_REMOVED, "UserAccount", account.getId());
      return false;
    }
    account.removeSecondFactor();
    loginSession.keepAfterOwnChange(account);
    audit.granted(AuditAction.SECOND_FACTOR_REMOVED, "UserAccount", account.getId());
    return true;
  }

  /**
   * A user lost their phone: the administrator removes the factor; the user enrols anew. Refused
   * (and not audited) when the account has none, e.g. it was removed since the page was shown.
   */
  @RolesAllowed(RoleNames.ADMIN)
  public void resetByAdmin(long accountId) {
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account == null) {
      throw new NotFoundException("account");
    }
    account.removeSecondFactor();
    audit.granted(AuditAction.SECOND_FACTOR_RESET, "UserAccount", accountId);
  }

  private UserAccount own() {
    UserAccount account =
        accounts
            .byUsername(accounts.callerName())
            .orElseThrow(() -> new NotFoundException("account"));
    return em.find(UserAccount.class, account.getId());
  }
}
