package eu.dsrportal.digest.application;

import eu.dsrportal.audit.application.AuditLog;
import eu.dsrportal.audit.domain.AuditAction;
import eu.dsrportal.digest.domain.DigestSetting;
import eu.dsrportal.digest.domain.RecipientKind;
import eu.dsrportal.identity.application.Accounts;
import eu.dsrportal.identity.application.StaffRecipients;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Objects;

/**
 * The digest's switches: a support user's own (and the language of the mails they get, the digest's
 * and all others: their account's), and a customer's, kept by the customer's administrators. Each
 * change is audited.
 */
@Stateless
public class DigestSettings {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Accounts accounts;
  @Inject StaffRecipients staff;

  /**
   * The caller's own choice: the digest on, and their mails in the provider's staff language, until
   * they chose otherwise.
   */
  public record Choice(boolean enabled, Language language) {}

  @RolesAllowed(RoleNames.SUPPORT)
  public Choice own() {
    String username = accounts.callerName();
    DigestSetting setting = find(RecipientKind.USER, username);
    Language language =
        accounts.byUsername(username).map(staff::languageOf).orElse(staff.providerLanguage());
    return new Choice(setting == null || setting.isEnabled(), language);
  }

  @RolesAllowed(RoleNames.SUPPORT)
  public void chooseOwn(boolean enabled, Language language) {
    String username = accounts.callerName();
    store(RecipientKind.USER, username, enabled, username);
    UserAccount account =
        accounts.byUsername(username).orElseThrow(() -> new NotFoundException("account"));
    account.chooseMailLanguage(Objects.requireNonNull(language));
    audit.granted(AuditAction.DIGEST_SETTING_CHANGED, "UserAccount", username);
  }

  /** Whether the caller's customer gets the digest. */
  @RolesAllowed(RoleNames.CUSTOMER_ADMIN)
  public boolean customerDigestEnabled() {
    DigestSetting setting = find(RecipientKind.CUSTOMER, String.valueOf(callerCustomer()));
    return setting == null || setting.isEnabled();
  }

  /** The caller's customer's privacy contact gets the digest (or no longer does). */
  @RolesAllowed(RoleNames.CUSTOMER_ADMIN)
  public void chooseCustomerDigest(boolean enabled) {
    long customerId = callerCustomer();
    store(RecipientKind.CUSTOMER, String.valueOf(customerId), enabled, accounts.callerName());
    audit.granted(AuditAction.CUSTOMER_DIGEST_CHANGED, "Customer", customerId);
  }

  private void store(RecipientKind kind, String key, boolean enabled, String by) {
    DigestSetting setting = find(kind, key);
    if (setting == null) {
      setting = new DigestSetting(kind, key);
      setting.choose(enabled, by, clock.instant());
      em.persist(setting);
    } else {
      setting.choose(enabled, by, clock.instant());
    }
  }

  private DigestSetting find(RecipientKind kind, String key) {
    return em.find(DigestSetting.class, new DigestSetting.Key(kind, key));
  }

  private long callerCustomer() {
    return accounts.callerCustomerId().orElseThrow(() -> new NotFoundException("customer"));
  }
}
