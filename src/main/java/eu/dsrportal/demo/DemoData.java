package eu.dsrportal.demo;

import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.identity.domain.OneTimeCodes;
import eu.dsrportal.identity.domain.PasswordHasher;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.shared.domain.Language;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads demo customers and users into an empty database, once, when {@code portal.demo-data} is on
 * (the run command and the tests). The password is configuration, never a constant in code.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.demo-data")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "portal.demo-password")
  String password;

  @Inject
  @ConfigProperty(name = "portal.demo-totp-secret")
  String totpSecret;

  @PostConstruct
  void load() {
    if (!enabled
        || em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult() > 0) {
      return;
    }
    Instant now = clock.instant();
    String hash = new PasswordHasher().hash(password.toCharArray());
    Customer acme =
        customer(
            "Acme Retail NV",
            "Anna Peeters",
            "privacy@acme.example",
            "Acme Retail NV, privacy office, Meir 1, 2000 Antwerpen, privacy@acme.example",
            Language.NL,
            "95.00",
            now);
    Customer kroon =
        customer(
            "Brasserie De Kroon BV",
            "Bram de Vries",
            "dpo@dekroon.example",
            "Brasserie De Kroon BV, Grote Markt 5, 9000 Gent, dpo@dekroon.example",
            Language.NL,
            "80.00",
            now);
    customer(
        "Nordlicht GmbH",
        "Nina Schulz",
        "datenschutz@nordlicht.example",
        "Nordlicht GmbH, Datenschutz, Hauptstraße 3, 52062 Aachen, datenschutz@nordlicht.example",
        Language.DE,
        "110.00",
        now);
    customer(
        "Lumière SA",
        "Louis Martin",
        "dpo@lumiere.example",
        "Lumière SA, Rue Neuve 10, 1000 Bruxelles, dpo@lumiere.example",
        Language.FR,
        "90.00",
        now);
    em.persist(
        UserAccount.staff(
            "support",
            "Sam Support",
            "support@provider.example",
            hash,
            EnumSet.of(Role.SUPPORT),
            now));
    em.persist(
        UserAccount.staff(
            "billing",
            "Bo Billing",
            "billing@provider.example",
            hash,
            EnumSet.of(Role.BILLING),
            now));
    UserAccount admin =
        UserAccount.staff(
            "admin",
            "Ada Admin",
            "admin@provider.example",
            hash,
            EnumSet.of(Role.ADMIN, Role.SUPPORT, Role.BILLING),
            now);
    // administrators need a second factor; the demo one's secret is known, to type into an app
    Instant enrolled = now.minus(OneTimeCodes.STEP.multipliedBy(2));
    admin.enrolSecondFactor(totpSecret, OneTimeCodes.codeAt(totpSecret, enrolled), enrolled);
    em.persist(admin);
    em.persist(
        UserAccount.ofCustomer(
            "acme", "Anna Peeters", "privacy@acme.example", hash, acme.getId(), true, now));
    em.persist(
        UserAccount.ofCustomer(
            "kroon", "Bram de Vries", "dpo@dekroon.example", hash, kroon.getId(), false, now));
    LOG.info("Demo data loaded: users support, billing, admin, acme, kroon");
  }

  private Customer customer(
      String name,
      String contactName,
      String contactEmail,
      String publicContact,
      Language language,
      String hourlyRate,
      Instant now) {
    Customer customer = new Customer(name, contactName, contactEmail, publicContact, language, now);
    em.persist(customer);
    em.flush();
    em.persist(
        new Contract(
            customer,
            LocalDate.of(2024, 1, 1),
            new BigDecimal(hourlyRate),
            new BigDecimal("21.00")));
    return customer;
  }
}
