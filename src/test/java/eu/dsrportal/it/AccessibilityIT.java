package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.testing.AuthenticatorApp;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.MailCatcher;
import eu.dsrportal.testing.MailCatcher.Mail;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The public pages a data subject sees, in each language and on a 320-pixel phone screen: axe-core
 * finds no serious or critical WCAG 2.1 A/AA violation on the form (empty and with errors), the
 * confirmation, the verification page and the status page, and none of them scrolls sideways. Then
 * every page of every role (support, billing, administrator, customer, customer administrator),
 * also with the message a page shows after its action; screenshots of each at 390 and 1280 pixels
 * go to target/screenshots. The role pages run in English only, to keep the suite under ten
 * minutes: their structure is the same in every language (BundlesTest keeps the texts complete, and
 * JourneyIT walks the customer's and the subject's pages in Dutch).
 */
@SharedPortal
class AccessibilityIT {
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String PASSWORD = "It-Password-2026!";

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final MailCatcher mails = new MailCatcher(greenMail);

  @ParameterizedTest
  @ValueSource(strings = {"nl", "fr", "en", "de"})
  void thePublicPagesPassAxeInEveryLanguageOnANarrowScreen(String language) throws Exception {
    Bundle texts = new Bundle(language);
    String email = "a11y-" + language + "@example.org";
    try (Browser subject = Browser.open(BASE, language)) {
      subject.windowWidth(320).go("/");
      assertThat(subject.pageLanguage()).isEqualTo(language);
      check(subject, "form");

      subject.press(texts.get("intake.submit"));
      subject.waitForText(texts.get("intake.name.required"));
      check(subject, "form with errors");
      // each error is tied to its field, which says it is invalid
      var name = subject.field(texts.get("intake.name"));
      assertThat(name.getDomAttribute("aria-invalid")).isEqualTo("true");
      assertThat(subject.text(By.id(name.getDomAttribute("aria-describedby"))))
          .isEqualTo(texts.get("intake.name.required"));

      subject.submitRequest(
          texts, "Ann Example", email, "Acme", DataSubjectRight.OTHER, "A question.");
      assertThat(subject.heading()).isEqualTo(texts.get("confirmation.title"));
      String reference = subject.text(By.id("reference"));
      check(subject, "confirmation");

      // the subject's mail comes in the language they used
      Mail mail = mails.await(email, reference);
      assertThat(mail.subject).isEqualTo(texts.get("mail.received.verify.subject", reference));
      subject.go(mail.link("/intake/verify.xhtml"));
      check(subject, "verification");
      subject.press(texts.get("verify.button"));
      subject.waitForText(texts.get("verify.done"));
      check(subject, "verification done");

      subject.go(mail.link("/intake/status.xhtml"));
      assertThat(subject.text(By.id("current"))).isEqualTo(texts.get("subjectStatus.RECEIVED"));
      check(subject, "status");
    }
  }

  @Test
  void aRequestCanBeSentAndConfirmedWithTheKeyboardAlone() throws Exception {
    Bundle en = new Bundle("en");
    String email = "keyboard@example.org";
    try (Browser subject = Browser.open(BASE, "en")) {
      subject.go("/");
      // sent empty with Enter: the page says so in its title, the first thing a screen reader reads
      subject.tabTo("intake:name").type(Keys.ENTER);
      subject.waitForText(en.get("intake.name.required"));
      assertThat(subject.title()).startsWith(en.get("page.errorPrefix"));

      subject.tabTo("intake:name").type("Kim Keys");
      subject.tabTo("intake:email").type(email);
      subject.tabTo("intake:organisation").type("Acme");
      // a select takes the first letters of its option
      subject.tabTo("intake:right").type("Access");
      subject.tabTo("intake:description").type("Everything you hold about me, please.");
      subject.tabTo("intake:submit").type(Keys.ENTER);
      subject.waitForText(en.get("confirmation.reference"));
      assertThat(subject.title()).doesNotStartWith(en.get("page.errorPrefix"));
      String reference = subject.text(By.id("reference"));

      subject.go(mails.await(email, reference).link("/intake/verify.xhtml"));
      subject.tabTo("verify:confirm").type(Keys.ENTER);
      subject.waitForText(en.get("verify.done"));
    }
    assertThat(
            TestDatabase.query("SELECT status FROM request WHERE reference = ?", reference(email)))
        .hasValue("RECEIVED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en"})
  void everyPageOfEveryRolePassesAxeAlsoWithItsMessages(String language) throws Exception {
    Bundle texts = new Bundle(language);
    String email = "roles-" + language + "@example.org";
    String reference;
    try (Browser subject = Browser.open(BASE, language)) {
      subject.go("/");
      subject.submitRequest(
          texts, "Rosa Roles", email, "Acme", DataSubjectRight.ACCESS, "All my data.");
      reference = subject.text(By.id("reference"));
      subject.go(mails.await(email, reference).link("/intake/verify.xhtml"));
      subject.press(texts.get("verify.button"));
      subject.waitForText(texts.get("verify.done"));
    }
    String requestUrl;
    try (Browser support = Browser.open(BASE, language)) {
      support.logInAs("support", PASSWORD, texts);
      page(support, language, "support-inbox");
      support.follow(reference);
      requestUrl = support.currentUrl();
      page(support, language, "support-request");
      support.forwardTo(texts, "acme", "Acme Retail NV");
      page(support, language, "support-request-forwarded");
      support.go("/staff/new-request.xhtml");
      page(support, language, "support-new-request");
      support.press(texts.get("entry.submit"));
      support.waitForText(texts.get("intake.name.required"));
      page(support, language, "support-new-request-errors");
      support.go("/staff/outbox.xhtml");
      assertThat(support.heading()).isEqualTo(texts.get("outbox.title"));
      assertThat(support.text(By.id("backlog"))).contains(texts.get("outbox.backlog.pending"));
      page(support, language, "support-outbox");
      support.go("/account/password.xhtml");
      page(support, language, "support-password");
      support.go("/account/second-factor.xhtml");
      page(support, language, "support-second-factor");
      support.go("/no-such-page.xhtml");
      assertThat(support.heading()).isEqualTo(texts.get("error.404.title"));
      checked(support, language, "support-404");
    }
    try (Browser customerAdmin = Browser.open(BASE, language)) {
      customerAdmin.logInAs("acme", PASSWORD, texts);
      page(customerAdmin, language, "customer-requests");
      customerAdmin.follow(reference);
      page(customerAdmin, language, "customer-request");
      customerAdmin.press(texts.get("acknowledge.button"));
      customerAdmin.waitForText(texts.get("acknowledge.done"));
      page(customerAdmin, language, "customer-request-acknowledged");
      customerAdmin
          .fill(texts.get("assistance.ask.label"), "Export the web shop data.")
          .press(texts.get("assistance.ask.button"));
      customerAdmin.waitForText(texts.get("assistance.asked"));
      page(customerAdmin, language, "customer-request-assistance");
      customerAdmin.go("/customer/users.xhtml");
      page(customerAdmin, language, "customer-users");
    }
    try (Browser customer = Browser.open(BASE, language)) {
      customer.logInAs("kroon", PASSWORD, texts);
      page(customer, language, "customer-requests-empty");
    }
    try (Browser support = Browser.open(BASE, language)) {
      support.logInAs("support", PASSWORD, texts);
      support.go(requestUrl);
      support
          .fill(texts.get("assistance.taskTitle"), "Export")
          .press(texts.get("assistance.accept"));
      support.waitForText(texts.get("assistance.accepted"));
      page(support, language, "support-task-accepted");
      support
          .fill(texts.get("time.minutes"), "30")
          .fill(texts.get("time.description"), "Exported")
          .press(texts.get("time.logButton"));
      support.waitForText(texts.get("time.logged"));
      page(support, language, "support-time-logged");
    }
    try (Browser billing = Browser.open(BASE, language)) {
      billing.logInAs("billing", PASSWORD, texts);
      page(billing, language, "billing-runs");
      String month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Brussels")).toString();
      billing.fill(texts.get("billing.month"), month).press(texts.get("billing.run.start"));
      billing.waitForText(texts.get("billing.run.heading") + " " + month);
      page(billing, language, "billing-run-shown");
      billing.follow("Acme Retail NV");
      billing.waitForText(texts.get("billing.exclVat"));
      page(billing, language, "billing-invoice-draft");
    }
    try (Browser admin = Browser.open(BASE, language)) {
      admin.go("/login.xhtml");
      admin
          .fill(texts.get("login.username"), "admin")
          .fill(texts.get("login.password"), "not the password")
          .press(texts.get("login.submit"));
      admin.waitForText(texts.get("login.failed"));
      page(admin, language, "login-failed");
      admin
          .fill(texts.get("login.username"), "admin")
          .fill(texts.get("login.password"), PASSWORD)
          .press(texts.get("login.submit"));
      admin.waitForText(texts.get("login.code.hint"));
      page(admin, language, "login-code");
      admin
          .fill(texts.get("login.code"), AuthenticatorApp.nextCode("admin"))
          .press(texts.get("login.code.submit"));
      admin.waitForText(texts.get("hub.nav.admin"));
      for (String path :
          new String[] {
            "/admin/users.xhtml",
            "/admin/customers.xhtml",
            "/admin/security.xhtml",
            "/admin/audit.xhtml"
          }) {
        admin.go(path);
        page(admin, language, "admin-" + path.replaceAll(".*/|\\.xhtml", ""));
      }
      admin.press(texts.get("audit.chain.verify"));
      admin.waitForText(texts.get("audit.chain.intact").split("\\{")[0]);
      page(admin, language, "admin-audit-checked");
      admin.go("/admin/users.xhtml").follow(texts.get("users.edit") + "");
      page(admin, language, "admin-user");
    }
  }

  /**
   * One page of a logged-in role: no serious axe violation, nothing wider than a 390-pixel phone,
   * and screenshots at 390 and 1280 pixels.
   */
  private static void page(Browser page, String language, String name) throws Exception {
    // an error page passes axe too: the page itself must have been shown
    assertThat(page.heading())
        .as(name + " shown")
        .isNotIn(new Bundle(language).errorPageHeadings());
    checked(page, language, name);
  }

  /** The checks of {@link #page} for a page that may be an error page, such as the 404 page. */
  private static void checked(Browser page, String language, String name) throws Exception {
    assertThat(page.accessibilityViolations()).as("axe on " + name).isEmpty();
    page.windowWidth(390);
    assertThat(page.sidewaysOverflow()).as(name + " at 390 px").isEmpty();
    if (language.equals("en")) {
      page.screenshot(name + "-390");
      page.windowWidth(1280);
      page.screenshot(name + "-1280");
    } else {
      page.windowWidth(1280);
    }
  }

  private static String reference(String email) throws Exception {
    return TestDatabase.query("SELECT reference FROM request WHERE subject_email = ?", email)
        .orElseThrow();
  }

  private static void check(Browser page, String what) throws Exception {
    assertThat(page.accessibilityViolations()).as("axe on the " + what).isEmpty();
    assertThat(page.sidewaysOverflow()).as("the " + what + " at 320 px").isEmpty();
    if ("en".equals(page.pageLanguage())) {
      String name = "public-" + what.replace(' ', '-');
      page.screenshot(name + "-320");
      page.windowWidth(1280).screenshot(name + "-1280");
      page.windowWidth(320);
    }
  }
}
