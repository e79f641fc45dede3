package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.MailCatcher;
import eu.dsrportal.testing.MailCatcher.Mail;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import jakarta.mail.Message;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The breach register (contract art. 13, Annex B) as an administrator keeps it, in Chromium: a
 * breach affecting three customers, its notice sent to two of them after a confirmation naming each
 * recipient; exactly those two privacy contacts get the mail, each in its customer's language; the
 * register says who was told when; each customer's users see their own notice as it was sent, and
 * nobody else's.
 */
@SharedPortal(PortalConfig.STANDARD)
class BreachRegisterIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final Bundle en = new Bundle("en");
  private final Bundle fr = new Bundle("fr");
  private final Bundle validation = new Bundle("ValidationMessages", "en");
  private final MailCatcher mails = new MailCatcher(greenMail);

  @Test
  void aBreachNoticeReachesTheTwoCustomersChosenAndOnlyThem() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String title = "Stolen laptop " + tag;
    String description = "A laptop of the support team was stolen (" + tag + ").";
    Customer alpha = Customer.insert("Alpha Breach " + tag, "Ann Alpha", "EN", tag);
    Customer beta = Customer.insert("Beta Breach " + tag, "Bea Beta", "FR", tag);
    Customer gamma = Customer.insert("Gamma Breach " + tag, "Gus Gamma", "EN", tag);
    String admin = TestDatabase.createAdministrator("breach", PASSWORD);
    LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(1);
    String breachId;

    try (Browser page = Browser.open(BASE, "en")) {
      page.logInAs(admin, PASSWORD, en);
      page.follow(en.get("hub.nav.admin")).follow(en.get("nav.breaches"));
      assertThat(page.heading()).isEqualTo(en.get("breaches.title"));
      page.follow(en.get("breaches.new"));

      // everything but the title: a message on the field, nothing stored
      page.fill(en.get("breach.field.description"), description)
          .fill(en.get("breach.field.dataCategories"), "names, e-mail addresses")
          .fill(en.get("breach.field.subjectCategories"), "web-shop customers")
          .fill(en.get("breach.field.approxSubjects"), "1200")
          .fill(en.get("breach.field.consequences"), "Phishing of the customers concerned.")
          .fill(en.get("breach.field.measures"), "Remote wipe; disks encrypted from now on.")
          .fill(en.get("breach.field.reportedBy"), "Sam Support")
          .fill(en.get("breach.field.contactPoint"), "Security desk, +32 2 123 45 67")
          .select(en.get("breach.field.status"), en.get("breachStatus.CONTAINED"));
      page.setValue("breach:periodStart", yesterday.toString());
      page.choose(alpha.name).choose(beta.name).choose(gamma.name);
      page.press(en.get("breach.record"));
      page.waitForText(validation.get("breach.title.required"));
      assertThat(page.text(By.id("breachErrorSummary")))
          .contains(validation.get("breach.title.required"));
      assertThat(page.text(By.id("breach:titleError")))
          .isEqualTo(validation.get("breach.title.required"));
      assertThat(
              TestDatabase.query("SELECT COUNT(*) FROM breach WHERE description = ?", description))
          .as("bad input stores nothing")
          .hasValue("0");
      page(page, "admin-breach-errors");

      page.fill(en.get("breach.field.title"), title).press(en.get("breach.record"));
      page.waitForText(en.get("breach.recorded"));
      breachId = TestDatabase.query("SELECT id FROM breach WHERE title = ?", title).orElseThrow();
      assertThat(
              TestDatabase.query(
                  "SELECT COUNT(*) FROM breach_customer WHERE breach_id = ?", breachId))
          .hasValue("3");
      assertThat(page.text()).contains(en.get("breach.notice.none"));

      // step one: two of the three; the page names each recipient, and nothing is sent yet
      page.choose(alpha.name).choose(beta.name).press(en.get("breach.notice.check"));
      page.waitForText(en.get("breach.notice.confirmIntro"));
      assertThat(page.text(By.id("confirmRecipients")))
          .contains(alpha.name + ": Ann Alpha <" + alpha.email + ">")
          .contains(beta.name + ": Bea Beta <" + beta.email + ">")
          .doesNotContain(gamma.name);
      assertThat(notices(breachId)).as("nothing sent before the confirmation").isEqualTo("0");
      page(page, "admin-breach-confirm");

      page.press(en.get("breach.notice.send"));
      page.waitForText(en.get("breach.notice.sent", 2));
      String told = page.text(By.id("sent"));
      assertThat(told)
          .contains(alpha.name, "Ann Alpha <" + alpha.email + ">", beta.name, admin)
          .doesNotContain(gamma.name);
      page(page, "admin-breach-sent");

      // the register: who was told, how many notices
      page.follow(en.get("breach.backToList"));
      String register = page.text(By.id("breaches"));
      assertThat(register)
          .contains(title, alpha.name, gamma.name, en.get("breachStatus.CONTAINED"));
      page(page, "admin-breaches");

      // the same version is not sent twice to a customer
      page.follow(title);
      assertThat(page.all(By.id("notify:chosen:0")).get(0).isEnabled()).as(alpha.name).isFalse();
      assertThat(page.all(By.id("notify:chosen:2")).get(0).isEnabled()).as(gamma.name).isTrue();

      // a change after the notices: what was sent stays as it was sent; a new notice is an update
      page.fill(en.get("breach.field.consequences"), "None expected any more.");
      page.press(en.get("breach.save"));
      page.waitForText(en.get("breach.saved"));
      page.choose(alpha.name).press(en.get("breach.notice.check"));
      assertThat(page.text(By.id("confirmRecipients"))).contains(en.get("breach.notice.isUpdate"));
      page.press(en.get("breach.notice.send"));
      page.waitForText(en.get("breach.notice.sent", 1));
    }
    assertThat(notices(breachId)).isEqualTo("3");
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(CONCAT(breach_revision, ':', body LIKE '%Phishing of the"
                    + " customers%') ORDER BY id) FROM breach_notice WHERE breach_id = ?",
                breachId))
        .as("the first notices keep the text as sent")
        .hasValue("1:1,1:1,2:0");
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'BREACH_NOTICE_SENT' AND actor = ?",
                admin))
        .hasValue("3");
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(action ORDER BY id) FROM audit_entry WHERE object_type ="
                    + " 'Breach' AND object_id = ?",
                breachId))
        .hasValue("BREACH_RECORDED,BREACH_CHANGED");

    // exactly the two privacy contacts, each in its customer's language
    Mail toAlpha = mails.await(alpha.email, en.get("breach.mail.subject", title));
    assertThat(toAlpha.subject).isEqualTo(en.get("breach.mail.subject", title));
    assertThat(toAlpha.body)
        .startsWith(en.get("breach.mail.greeting", "Ann Alpha"))
        .contains(description, "1,200", en.get("breachStatus.CONTAINED"))
        .contains(BASE + "/customer/breaches.xhtml");
    Mail update = mails.await(alpha.email, en.get("breach.mail.subject.update", title));
    assertThat(update.body).contains("None expected any more.").doesNotContain("Phishing");
    Mail toBeta = mails.await(beta.email, title);
    assertThat(toBeta.subject).isEqualTo(fr.get("breach.mail.subject", title));
    assertThat(toBeta.body).startsWith(fr.get("breach.mail.greeting", "Bea Beta"));
    assertThat(
            Arrays.stream(greenMail.getReceivedMessages())
                .map(BreachRegisterIT::recipient)
                .filter(gamma.email::equalsIgnoreCase))
        .as("the third customer was not told")
        .isEmpty();
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", gamma.email))
        .hasValue("0");

    // each customer's users see their own notice, as it was sent
    String alphaNotice =
        TestDatabase.query(
                "SELECT MIN(id) FROM breach_notice WHERE breach_id = ? AND customer_id = ?",
                breachId,
                alpha.id)
            .orElseThrow();
    try (Browser page = Browser.open(BASE, "en")) {
      page.logInAs(alpha.user, PASSWORD, en);
      page.follow(en.get("nav.customerBreaches"));
      assertThat(page.heading()).isEqualTo(en.get("customerBreaches.title"));
      assertThat(page.all(By.linkText(title))).as("the notice and its update").hasSize(2);
      page(page, "customer-breaches");
      page.go("/customer/breach-notice.xhtml?id=" + alphaNotice);
      assertThat(page.text(By.id("body")))
          .startsWith(en.get("breach.mail.greeting", "Ann Alpha"))
          .contains(description, "Phishing of the customers concerned.");
      page(page, "customer-breach-notice");
    }
    try (Browser page = Browser.open(BASE, "en")) {
      page.logInAs(beta.user, PASSWORD, en);
      page.go("/customer/breaches.xhtml").follow(title);
      assertThat(page.text(By.id("body"))).contains(fr.get("breach.mail.greeting", "Bea Beta"));
      assertThat(page.download("/customer/breach-notice.xhtml?id=" + alphaNotice).statusCode())
          .as("another customer's notice")
          .isEqualTo(404);
    }
    try (Browser page = Browser.open(BASE, "en")) {
      page.logInAs(gamma.user, PASSWORD, en);
      page.go("/customer/breaches.xhtml");
      assertThat(page.text(By.id("main"))).contains(en.get("customerBreaches.none"));
      assertThat(page.text(By.id("main"))).doesNotContain(title);
      page(page, "customer-breaches-none");
      page.go("/customer/breach-notice.xhtml?id=" + alphaNotice);
      assertThat(page.heading()).isEqualTo(en.get("error.404.title"));
      assertThat(page.download("/customer/breach-notice.xhtml?id=" + alphaNotice).statusCode())
          .isEqualTo(404);
      assertThat(page.download("/customer/breach-notice.xhtml?id=999999999").statusCode())
          .isEqualTo(404);
    }
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'BREACH_NOTICE_VIEWED'"
                    + " AND outcome = 'DENIED' AND actor = ?",
                gamma.user))
        .as("the other customer's notice and one that does not exist, each refused")
        .hasValue("3");
  }

  @Test
  void supportStaffCannotOpenTheBreachRegister() throws Exception {
    String support = "breach-support-" + UUID.randomUUID().toString().substring(0, 6);
    TestDatabase.createUser(support, PASSWORD, "SUPPORT", null);
    try (Browser page = Browser.open(BASE, "en")) {
      page.logInAs(support, PASSWORD, en);
      assertThat(page.all(By.linkText(en.get("nav.breaches")))).isEmpty();
      assertThat(page.download("/admin/breaches.xhtml").statusCode()).isEqualTo(403);
      assertThat(page.download("/admin/breach.xhtml").statusCode()).isEqualTo(403);
      page.go("/admin/breaches.xhtml");
      assertThat(page.heading()).isEqualTo(en.get("error.404.title"));
    }
  }

  /** A customer of the test's own with one primary privacy contact and one user. */
  private record Customer(long id, String name, String email, String user) {
    static Customer insert(String name, String contact, String language, String tag)
        throws Exception {
      String email = contact.toLowerCase().replace(' ', '.') + "-" + tag + "@breach-it.example";
      TestDatabase.update(
          "INSERT INTO customer (name, public_contact, language, created_at)"
              + " VALUES (?, ?, ?, UTC_TIMESTAMP(6))",
          name,
          name + ", Somewhere",
          language);
      long id =
          Long.parseLong(
              TestDatabase.query("SELECT id FROM customer WHERE name = ?", name).orElseThrow());
      TestDatabase.update(
          "INSERT INTO customer_contact (customer_id, position, name, email, is_primary)"
              + " VALUES (?, 0, ?, ?, TRUE)",
          id,
          contact,
          email);
      String user = "breach-" + name.split(" ")[0].toLowerCase() + "-" + tag;
      TestDatabase.createUser(user, PASSWORD, "CUSTOMER", id);
      return new Customer(id, name, email, user);
    }
  }

  private static String notices(String breachId) throws Exception {
    return TestDatabase.query("SELECT COUNT(*) FROM breach_notice WHERE breach_id = ?", breachId)
        .orElseThrow();
  }

  private static String recipient(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** No serious axe violation, nothing wider than a phone; screenshots at 390 and 1280 pixels. */
  private static void page(Browser page, String name) throws Exception {
    assertThat(page.accessibilityViolations()).as("axe on " + name).isEmpty();
    page.windowWidth(390);
    assertThat(page.sidewaysOverflow()).as(name + " at 390 px").isEmpty();
    page.screenshot(name + "-390");
    page.windowWidth(1280);
    page.screenshot(name + "-1280");
  }
}
