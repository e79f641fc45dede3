package eu.dsrportal.identity.application;

import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * To whom and in what language a mail to staff goes (a reminder, an escalation, a task's or an
 * inquiry's news, the daily digest): each staff member in the language they chose on their digest
 * page, else in the provider's staff language ({@code mail.staff-language}).
 */
@ApplicationScoped
public class StaffRecipients {

  /** A staff member's address and the language of the mails to it. */
  public record Recipient(String email, Language language) {}

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "mail.staff-language")
  String configured;

  /** The provider's staff language: for staff who chose none. */
  public Language providerLanguage() {
    return Language.fromTag(configured).orElse(Language.DEFAULT);
  }

  public Language languageOf(UserAccount user) {
    return user.getMailLanguage() != null ? user.getMailLanguage() : providerLanguage();
  }

  public Recipient of(UserAccount user) {
    return new Recipient(user.getEmail(), languageOf(user));
  }

  /**
   * The enabled staff accounts holding SUPPORT (administrators who also support included), one mail
   * per address: of accounts sharing an address, the first one's language.
   */
  public List<Recipient> supportTeam() {
    List<UserAccount> accounts =
        em.createQuery(
                "SELECT DISTINCT u FROM UserAccount u JOIN u.roles role WHERE u.enabled = TRUE"
                    + " AND u.customerId IS NULL AND role = :support ORDER BY u.username",
                UserAccount.class)
            .setParameter("support", Role.SUPPORT)
            .getResultList();
    Map<String, Recipient> byAddress = new LinkedHashMap<>();
    for (UserAccount account : accounts) {
      byAddress.putIfAbsent(account.getEmail(), of(account));
    }
    return List.copyOf(byAddress.values());
  }
}
