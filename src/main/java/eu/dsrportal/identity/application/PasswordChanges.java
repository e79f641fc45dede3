package eu.dsrportal.identity.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.identity.domain.PasswordHasher;
import eu.dsrportal.identity.domain.PasswordPolicy;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Users changing their own password, administrators resetting one. */
@Stateless
public class PasswordChanges {
  private static final PasswordPolicy POLICY = new PasswordPolicy();
  private static final PasswordHasher HASHER = new PasswordHasher();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Inject AuditLog audit;

  /**
   * Changes the caller's password; returns the message keys of what is wrong (the current password,
   * or the new one's policy problems), empty when it was changed.
   */
  @RolesAllowed({RoleNames.SUPPORT, RoleNames.BILLING, RoleNames.ADMIN, RoleNames.CUSTOMER})
  public List<String> changeOwn(String currentPassword, String newPassword) {
    UserAccount account =
        accounts
            .byUsername(accounts.callerName())
            .orElseThrow(() -> new NotFoundException("account"));
    if (currentPassword == null
        || !HASHER.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
      audit.denied(AuditAction.PASSWORD_CHANGED, "UserAccount", account.getId());
      return List.of("password.error.current");
    }
    List<String> problems = POLICY.problems(newPassword, account.getUsername(), account.getEmail());
    if (!problems.isEmpty()) {
      return problems;
    }
    if (newPassword.equals(currentPassword)) {
      return List.of("password.error.same");
    }
    em.find(UserAccount.class, account.getId())
        .changePassword(HASHER.hash(newPassword.toCharArray()), clock.instant());
    audit.granted(AuditAction.PASSWORD_CHANGED, "UserAccount", account.getId());
    return List.of();
  }

  /** Sets a random one-time password, returned to be passed on to the user once. */
  @RolesAllowed(RoleNames.ADMIN)
  public String resetByAdmin(long accountId) {
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account == null) {
      throw new NotFoundException("account");
    }
    String temporary = resetToTemporary(account, clock.instant());
    audit.granted(AuditAction.PASSWORD_RESET, "UserAccount", accountId);
    return temporary;
  }

  /** Gives the account a new one-time password (returned) that must be replaced at next login. */
  static String resetToTemporary(UserAccount account, Instant at) {
    String temporary = temporaryPassword();
    account.resetPassword(HASHER.hash(temporary.toCharArray()), at);
    return temporary;
  }

  /** 20 random letters and digits in groups of five: easy to read out, about 98 bits. */
  static String temporaryPassword() {
    StringBuilder temporary = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        temporary.append('-');
      }
      temporary.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
    }
    return temporary.toString();
  }
}
