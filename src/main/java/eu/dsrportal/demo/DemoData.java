package eu.dsrportal.demo;

import eu.dsrportal.assistance.domain.AssistanceItem;
import eu.dsrportal.assistance.domain.AssistanceTask;
import eu.dsrportal.breach.application.BreachNoticeText;
import eu.dsrportal.breach.application.BreachNoticeText.Composed;
import eu.dsrportal.breach.application.BreachNotices;
import eu.dsrportal.breach.domain.Breach;
import eu.dsrportal.breach.domain.BreachDetails;
import eu.dsrportal.breach.domain.BreachNotice;
import eu.dsrportal.breach.domain.BreachStatus;
import eu.dsrportal.customer.domain.Address;
import eu.dsrportal.customer.domain.BillingPeriod;
import eu.dsrportal.customer.domain.Contract;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.CustomerRole;
import eu.dsrportal.customer.domain.EnterpriseNumber;
import eu.dsrportal.customer.domain.EnterpriseRegister;
import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.customer.domain.VatRegime;
import eu.dsrportal.identity.domain.OneTimeCodes;
import eu.dsrportal.identity.domain.PasswordHasher;
import eu.dsrportal.identity.domain.Role;
import eu.dsrportal.identity.domain.UserAccount;
import eu.dsrportal.inquiry.domain.Inquiry;
import eu.dsrportal.inquiry.domain.InquiryKind;
import eu.dsrportal.shared.domain.AssistanceKind;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  @Inject PortalSettings settings;
  @Inject ProviderTime time;

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
    register(
        acme,
        "NV",
        EnterpriseNumber.of(EnterpriseRegister.KBO, "0403.123.486"),
        new Address("Meir 1", "2000", "Antwerpen", "BE"),
        List.of("ShopAcme", "Acme Webshop"),
        List.of("acme.example", "shopacme.example"),
        List.of("webshop hosting", "loyalty card"));
    register(
        kroon,
        "BV",
        EnterpriseNumber.of(EnterpriseRegister.KBO, "0456.789.034"),
        new Address("Grote Markt 5", "9000", "Gent", "BE"),
        List.of("De Kroon"),
        List.of("dekroon.example"),
        List.of("table reservations"));
    Customer logistics =
        customer(
            "ACME Logistics BV",
            "Lotte Jansen",
            "privacy@acmelogistics.example",
            "ACME Logistics BV, Havenweg 12, 3011 Rotterdam, privacy@acmelogistics.example",
            Language.NL,
            "95.00",
            now);
    register(
        logistics,
        "BV",
        EnterpriseNumber.of(EnterpriseRegister.KVK, "12345678"),
        new Address("Havenweg 12", "3011", "Rotterdam", "NL"),
        List.of("Acme Transport"),
        List.of("acmelogistics.example"),
        List.of("track and trace"));
    register(
        customer(
            "Acmé Benelux SRL",
            "Camille Dubois",
            "vieprivee@acmebenelux.example",
            "Acmé Benelux SRL, Avenue Louise 54, 1050 Bruxelles, vieprivee@acmebenelux.example",
            Language.FR,
            "90.00",
            now),
        "SRL",
        EnterpriseNumber.of(EnterpriseRegister.KBO, "0876.543.270"),
        new Address("Avenue Louise 54", "1050", "Bruxelles", "BE"),
        List.of(),
        List.of("acmebenelux.example"),
        List.of("newsletter"));
    Customer former =
        customer(
            "Acme Archief NV",
            "Pieter Claes",
            "privacy@acmearchief.example",
            "Acme Archief NV, Kade 2, 2000 Antwerpen, privacy@acmearchief.example",
            Language.NL,
            "95.00",
            now);
    register(
        former,
        "NV",
        EnterpriseNumber.of(EnterpriseRegister.KBO, "0654.321.022"),
        new Address("Kade 2", "2000", "Antwerpen", "BE"),
        List.of("Acme Archives"),
        List.of("acmearchief.example"),
        List.of("archiving"));
    // a former customer: kept for its history, never suggested or forwarded to
    former.end(LocalDate.of(2025, 1, 1));
    contracts(acme, kroon, logistics, now);
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
    inquiries(acme, now);
    tasks(acme, now);
    breach(acme, kroon, now);
    LOG.info("Demo data loaded: users support, billing, admin, acme, kroon");
  }

  /**
   * One breach in the register, affecting Acme and De Kroon, of which Acme was told (the notice
   * only recorded, no mail queued), so the register and Acme's notices are not empty.
   */
  private void breach(Customer acme, Customer kroon, Instant now) {
    Instant discovered = now.minus(Duration.ofDays(2));
    LocalDate start = discovered.atZone(time.zone()).toLocalDate().minusDays(1);
    Breach breach =
        new Breach(
            new BreachDetails(
                "Misdirected export of reservation data",
                "A scheduled export of table reservations was sent to a wrong SFTP account of"
                    + " another customer for one night.",
                discovered,
                start,
                start.plusDays(1),
                "names, phone numbers, e-mail addresses, reservation dates",
                "restaurant guests",
                340,
                340,
                "Low: the receiving customer confirmed it deleted the file unread.",
                "The export job's target is checked against the customer before each run.",
                "Sam Support",
                "Security desk, security@provider.example, +32 2 000 00 00",
                "No data was lost; nothing needed restoring.",
                BreachStatus.RESOLVED),
            Set.of(acme.getId(), kroon.getId()),
            "admin",
            discovered.plus(Duration.ofHours(1)));
    em.persist(breach);
    em.flush();
    Instant sent = discovered.plus(Duration.ofHours(2));
    Composed text =
        BreachNoticeText.compose(
            breach.details(),
            acme.getLanguage(),
            acme.getPrivacyContactName(),
            acme.getName(),
            null,
            time.zone(),
            settings.baseUrl() + BreachNotices.CUSTOMER_PAGE);
    em.persist(
        new BreachNotice(
            breach,
            acme.getId(),
            acme.getName(),
            acme.getPrivacyContactName(),
            acme.getPrivacyContactEmail(),
            acme.getLanguage(),
            text.subject(),
            text.body(),
            "admin",
            sent));
  }

  private static void register(
      Customer customer,
      String legalForm,
      EnterpriseNumber number,
      Address address,
      List<String> aliases,
      List<String> domains,
      List<String> services) {
    customer.describe(legalForm, number, address, CustomerRole.CONTROLLER, HolidayCalendar.BE);
    customer.replaceAliases(aliases);
    customer.replaceEmailDomains(domains);
    customer.replaceServices(services);
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

  /**
   * Issue 12: the 2026 contract versions with all their terms, and what invoices need of the
   * customers (docs/contracts.md). The rates stay those of 2024, so amounts shown before stay.
   */
  private void contracts(Customer acme, Customer kroon, Customer logistics, Instant now) {
    LocalDate from = LocalDate.of(2026, 1, 1);
    // Belgian: per started 15 min, at least 30 min, 2 free hours a year, fixed audit and DPIA
    // prices
    acme.describeBilling(
        "BE0403123486", "invoices@acme.example", "0208:0403123486", "PO-2026-ACME-017");
    em.persist(
        new Contract(
            acme,
            from,
            new BigDecimal("95.00"),
            new BigDecimal("21.00"),
            new Contract.Terms(
                VatRegime.STANDARD,
                30,
                BillingPeriod.MONTH,
                15,
                30,
                120,
                0,
                false,
                10,
                Map.of(
                    AssistanceKind.AUDIT, new BigDecimal("450.00"),
                    AssistanceKind.DPIA, new BigDecimal("1200.00"))),
            "billing",
            now));
    kroon.describeBilling("BE0456789034", "boekhouding@dekroon.example", "0208:0456789034", null);
    em.persist(
        new Contract(
            kroon,
            from,
            new BigDecimal("80.00"),
            new BigDecimal("21.00"),
            new Contract.Terms(
                VatRegime.STANDARD, 30, BillingPeriod.MONTH, 15, 15, 0, 5, false, 10, Map.of()),
            "billing",
            now));
    // Dutch, with an NL VAT number: reverse charge, billed per quarter
    logistics.describeBilling(
        "NL812345678B01", "crediteuren@acmelogistics.example", "0106:12345678", "ACME-LOG-DPA");
    em.persist(
        new Contract(
            logistics,
            from,
            new BigDecimal("95.00"),
            new BigDecimal("21.00"),
            new Contract.Terms(
                VatRegime.REVERSE_CHARGE,
                45,
                BillingPeriod.QUARTER,
                6,
                0,
                60,
                0,
                false,
                15,
                Map.of(AssistanceKind.BREACH, new BigDecimal("750.00"))),
            "billing",
            now));
  }

  /**
   * Issue 12: an instruction of Acme's waiting for the support team (the inbox's "instructions
   * waiting") and a staff proposal waiting for Acme's approval.
   */
  private void tasks(Customer customer, Instant now) {
    em.persist(
        AssistanceTask.requested(
            null,
            customer.getId(),
            AssistanceKind.AUDIT,
            "Please fill in the security part of our yearly supplier questionnaire (attached to our"
                + " e-mail of last week).",
            "acme",
            now));
    em.persist(
        AssistanceTask.proposed(
            null,
            customer.getId(),
            AssistanceKind.DPIA,
            "DPIA for the new loyalty app",
            "Help you draft the data protection impact assessment of the loyalty app: the"
                + " processing, its risks and the measures of our platform.",
            "support",
            now));
    // work done last month, not billed yet: a billing run for last month shows Acme's draft, with
    // its free hours used first
    AssistanceTask export =
        AssistanceTask.requested(
            null,
            customer.getId(),
            AssistanceKind.DSR_HELP,
            "Please export the order history of the customer who wrote to us, from the web shop and"
                + " the warehouse system.",
            "acme",
            now);
    export.accept("Order history export", "support", now);
    LocalDate lastMonth = time.today().minusMonths(1);
    export.logTime(lastMonth.withDayOfMonth(5), 45, "Queried the web shop", "support", time);
    export.logTime(
        lastMonth.withDayOfMonth(12), 70, "Queried the warehouse system", "support", time);
    export.logTime(
        lastMonth.withDayOfMonth(19), 50, "Checked and sent the export", "support", time);
    export.addItem(
        lastMonth.withDayOfMonth(19),
        AssistanceItem.Kind.EXPENSE,
        "Registered letter with the export on a USB key",
        new BigDecimal("8.50"),
        "support",
        time);
    em.persist(export);
  }

  /** One open inquiry of each kind (issue 11), so that both sides' inquiry pages show something. */
  private void inquiries(Customer customer, Instant now) {
    LocalDate today = time.today();
    em.persist(
        Inquiry.register(
            customer.getId(),
            InquiryKind.AUDIT_INFORMATION,
            "Please send the latest ISO 27001 certificate and the report of your last penetration"
                + " test of the web shop platform.",
            "acme",
            now,
            today));
    em.persist(
        Inquiry.register(
            customer.getId(),
            InquiryKind.SUBPROCESSOR_LIST,
            "Please send the current list of sub-processors for the hosting and mailing services.",
            "acme",
            time.startOf(today.minusDays(27)),
            today.minusDays(27)));
  }
}
