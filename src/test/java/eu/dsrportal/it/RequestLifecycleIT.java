package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.MailCatcher;
import eu.dsrportal.testing.MailCatcher.Mail;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Acting on a request after it arrived (issue 10): re-forwarding when the first customer was wrong,
 * the customer's "not ours", closing for every reason with its mails, reopening, what a customer
 * sees of a closed request, and the mails of third-party requests and authority demands. Support
 * staff and customers in the browser, the mails read from the tests' SMTP server.
 */
@SharedPortal(PortalConfig.STANDARD)
class RequestLifecycleIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String ACME = "Acme Retail NV";
  private static final String KROON = "Brasserie De Kroon BV";

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final Bundle en = new Bundle("en");
  private final Bundle nl = new Bundle("nl");
  private final Bundle fr = new Bundle("fr");
  private final MailCatcher mails = new MailCatcher(greenMail);

  @Test
  void aWrongForwardIsUndoneAndTheSecondCustomerGivesItBack() throws Exception {
    String email = unique("sara") + "@example.org";
    String reference = submitted("Sara Wouters", email, "Acme Kroon");
    String id = idOf(reference);

    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + id);
      forward(staff, "Acme Retail", ACME);
      forward(staff, "Kroon", KROON);
      assertThat(staff.text(By.id("status"))).isEqualTo(en.get("status.FORWARDED"));
      assertThat(staff.text(By.id("customer"))).isEqualTo(KROON);
      String history = staff.text(By.id("history"));
      assertThat(history)
          .contains(ACME, KROON, en.get("lifecycle.history.withdrawn"), "(support)")
          .contains(en.get("lifecycle.history.active"));
      fits(staff, "the staff request page with its forwardings");

      // the same customer again is refused
      staff
          .fill(en.get("forward.search"), "Kroon")
          .press(en.get("forward.searchButton"))
          .chooseCustomer(en, KROON)
          .confirmForward();
      staff.waitForText(en.get("lifecycle.error.sameCustomer"));
    }
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM forwarding WHERE request_id = ? AND withdrawn_at IS NOT NULL",
                id))
        .hasValue("1");

    // the first customer is told, in its language, and no longer has the request
    Mail withdrawn =
        mails.await("privacy@acme.example", nl.get("lifecycle.mail.withdrawn.subject", reference));
    assertThat(withdrawn.body)
        .contains(reference, "Anna Peeters")
        .doesNotContain("Sara Wouters", email);
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.go("/customer/requests.xhtml");
      assertThat(acme.text()).doesNotContain(reference);
      acme.go("/customer/request.xhtml?id=" + id);
      assertThat(acme.heading()).isEqualTo(en.get("error.404.title"));
      assertThat(acme.pageSource()).doesNotContain("Sara Wouters", email);
    }
    mails.await("dpo@dekroon.example", nl.get("mail.forwarded.customer.subject", reference));

    // the second customer says "not ours", with a reason
    try (Browser kroon = Browser.open(BASE, "en")) {
      kroon.logInAs("kroon", PASSWORD, en);
      kroon.go("/customer/request.xhtml?id=" + id);
      fits(kroon, "the customer request page with \"not ours\"");
      kroon.press(en.get("lifecycle.notOurs.button"));
      kroon.waitForText(en.get("lifecycle.notOurs.required"));
      kroon
          .fill(en.get("lifecycle.notOurs.reason"), "We run a brasserie; no web shop customers.")
          .press(en.get("lifecycle.notOurs.button"));
      kroon.waitForText(en.get("lifecycle.notOurs.done", reference));
      assertThat(kroon.currentUrl()).contains("/customer/requests.xhtml");
      assertThat(rowsOf(kroon, reference)).as("no longer in its list").isEmpty();
      kroon.go("/customer/request.xhtml?id=" + id);
      assertThat(kroon.heading()).isEqualTo(en.get("error.404.title"));
    }

    // back in the inbox, flagged, with the customer's reason; staff route it again
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.reloadUntilText(reference);
      assertThat(rowOf(staff, reference))
          .contains(en.get("status.RECEIVED"), en.get("lifecycle.returned.marker"));
      staff.go("/staff/request.xhtml?id=" + id);
      assertThat(staff.text(By.id("status"))).isEqualTo(en.get("status.RECEIVED"));
      assertThat(staff.text(By.id("returned")))
          .contains(en.get("lifecycle.returned.hint"), "We run a brasserie");
      assertThat(staff.text(By.id("history")))
          .contains(en.get("lifecycle.history.returned"), "(kroon)", "We run a brasserie");
      assertThat(
              staff.all(By.cssSelector("#suggestionsList input.choice")).stream()
                  .map(b -> b.getAttribute("value"))
                  .toList())
          .as("the customer that gave it back is not suggested again")
          .contains(ACME)
          .doesNotContain(KROON);
      forward(staff, "Acme Retail", ACME);
      assertThat(staff.text(By.id("status"))).isEqualTo(en.get("status.FORWARDED"));
    }
    assertThat(TestDatabase.query("SELECT returned_at FROM request WHERE id = ?", id)).isEmpty();
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(action ORDER BY id) FROM audit_entry WHERE object_id = ?"
                    + " AND action IN ('FORWARDING_WITHDRAWN', 'REQUEST_RETURNED')",
                id))
        .hasValue("FORWARDING_WITHDRAWN,REQUEST_RETURNED");
  }

  @Test
  void everyCloseReasonHasItsMailButSpamAndAClosedRequestReopens() throws Exception {
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      for (String reason :
          new String[] {
            "DUPLICATE",
            "WITHDRAWN",
            "NOT_OUR_CUSTOMER",
            "ANSWERED",
            "NOT_GDPR",
            "PROVIDER_IS_CONTROLLER",
            "SPAM"
          }) {
        String email = unique(reason.toLowerCase()) + "@example.org";
        String reference = submitted("Tom Jacobs", email, "Acme");
        staff.go("/staff/request.xhtml?id=" + idOf(reference));
        close(staff, reason);
        if (reason.equals("SPAM")) {
          assertThat(
                  TestDatabase.query(
                      "SELECT COUNT(*) FROM outbox_message WHERE recipient = ?"
                          + " AND purpose LIKE 'REQUEST_CLOSED%'",
                      email))
              .as("spam is not answered")
              .hasValue("0");
          // reopened: new again, in the inbox
          staff.press(en.get("lifecycle.reopen.button"));
          staff.waitForText(en.get("lifecycle.reopen.done", reference));
          assertThat(staff.text(By.id("status"))).isEqualTo(en.get("status.RECEIVED"));
          assertThat(staff.all(By.id("closeReason"))).isEmpty();
          assertThat(staff.all(By.id("forwardForm"))).isNotEmpty();
        } else {
          Mail mail = mails.await(email, en.get("lifecycle.mail.closed.subject", reference));
          assertThat(mail.body)
              .contains(reference, en.get("lifecycle.mail.closed." + reason))
              .doesNotContain("Tom Jacobs");
          assertThat(
                  TestDatabase.query(
                      "SELECT purpose FROM outbox_message WHERE recipient = ?"
                          + " AND purpose LIKE 'REQUEST_CLOSED%'",
                      email))
              .hasValue("REQUEST_CLOSED_" + reason);
        }
      }
    }
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'REQUEST_REOPENED'"
                    + " AND actor = 'support'"))
        .hasValueSatisfying(n -> assertThat(Integer.parseInt(n)).isPositive());
  }

  @Test
  void theCustomerSeesAClosedRequestAsClosedAndIsToldAndTheProviderTakesItsOwnBack()
      throws Exception {
    String email = unique("lies") + "@example.org";
    String reference = submitted("Lies Janssens", email, "Acme");
    String id = idOf(reference);
    String ownEmail = unique("own") + "@example.org";
    String own = submitted("Piet Own", ownEmail, "Acme");
    String ownId = idOf(own);
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + id);
      forward(staff, "Acme Retail", ACME);
      close(staff, "ANSWERED");
      staff.go("/staff/request.xhtml?id=" + ownId);
      forward(staff, "Acme Retail", ACME);
      close(staff, "PROVIDER_IS_CONTROLLER");
      assertThat(staff.text(By.id("history"))).contains(en.get("lifecycle.history.withdrawn"));
    }
    Mail closed =
        mails.await(
            "privacy@acme.example", nl.get("lifecycle.mail.closedCustomer.subject", reference));
    assertThat(closed.body)
        .contains(nl.get("closeReason.ANSWERED"), "/customer/request.xhtml?id=" + id);
    mails.await("privacy@acme.example", nl.get("lifecycle.mail.withdrawn.subject", own));
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.go("/customer/requests.xhtml");
      assertThat(rowOf(acme, reference))
          .contains(en.get("status.CLOSED"))
          .doesNotContain(en.get("customer.toAcknowledge"));
      assertThat(acme.text()).doesNotContain(own);
      acme.go("/customer/request.xhtml?id=" + id);
      assertThat(acme.text(By.id("status")))
          .contains(en.get("status.CLOSED"), en.get("closeReason.ANSWERED"));
      assertThat(acme.all(By.id("acknowledgeForm"))).isEmpty();
      assertThat(acme.all(By.id("notOursForm"))).isEmpty();
      fits(acme, "a closed request's page for the customer");
      acme.go("/customer/request.xhtml?id=" + ownId);
      assertThat(acme.heading()).isEqualTo(en.get("error.404.title"));
    }
    // reopened, it is with the customer again, as before
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + id);
      staff.press(en.get("lifecycle.reopen.button"));
      staff.waitForText(en.get("lifecycle.reopen.done", reference));
      assertThat(staff.text(By.id("status"))).isEqualTo(en.get("status.FORWARDED"));
      staff.go("/staff/request.xhtml?id=" + ownId);
      staff.press(en.get("lifecycle.reopen.button"));
      staff.waitForText(en.get("lifecycle.reopen.done", own));
      assertThat(staff.text(By.id("status")))
          .as("taken back from the customer while closed")
          .isEqualTo(en.get("status.RECEIVED"));
    }
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.go("/customer/request.xhtml?id=" + id);
      assertThat(acme.all(By.id("acknowledgeForm"))).isNotEmpty();
    }
    Mail reopened =
        mails.await(
            "privacy@acme.example", nl.get("lifecycle.mail.reopenedCustomer.subject", reference));
    assertThat(reopened.body).contains("/customer/request.xhtml?id=" + id);
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM outbox_message WHERE purpose = 'REQUEST_REOPENED_CUSTOMER'"
                    + " AND body LIKE ?",
                "%" + own + "%"))
        .as("the request taken back while closed is not the customer's: no mail")
        .hasValue("0");
  }

  @Test
  void aThirdPartyIsReferredToTheCustomerWhichIsToldWhoAsked() throws Exception {
    String name = "Mr Lawyer " + unique("x");
    String email = unique("lawyer") + "@example.org";
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.follow(en.get("nav.newRequest"));
      staff
          .select(en.get("entry.origin"), en.get("origin.THIRD_PARTY"))
          .select(en.get("entry.channel"), en.get("channel.EMAIL"))
          .fill(en.get("intake.name"), name)
          .fill(en.get("entry.email"), email)
          .select(en.get("entry.language"), en.get("language.fr"))
          .fill(en.get("intake.organisation"), "Acme Retail")
          .select(en.get("intake.right"), en.get("right.ACCESS"))
          .fill(en.get("intake.description"), "On behalf of my client, her order history.");
      staff.press(en.get("entry.submit"));
      staff.waitForText(en.get("entry.enteredBy"));
      forward(staff, "Acme Retail", ACME);
    }
    String reference =
        TestDatabase.query("SELECT reference FROM request WHERE subject_name = ?", name)
            .orElseThrow();
    Mail toCustomer =
        mails.await(
            "privacy@acme.example",
            nl.get("lifecycle.mail.forwarded.thirdParty.subject", reference));
    assertThat(toCustomer.body).contains(name, email, "On behalf of my client");
    Mail toThirdParty =
        mails.await(email, fr.get("lifecycle.mail.forwarded.requester.subject", reference));
    assertThat(toThirdParty.body).contains(ACME, "privacy@acme.example", reference);
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(purpose ORDER BY id) FROM outbox_message WHERE recipient = ?"
                    + " AND purpose LIKE 'REQUEST_FORWARDED%'",
                email))
        .as("no mail worded for the data subject")
        .hasValue("REQUEST_FORWARDED_THIRD_PARTY");
  }

  @Test
  void anAuthorityDemandReachesTheCustomerThroughThePortalOnlyAndNotWhenForbidden()
      throws Exception {
    String authority = "Federal Police " + unique("fp");
    String gagged = "Investigating Judge " + unique("ij");
    Path pdf =
        Files.write(
            Files.createTempDirectory("demand").resolve("Demand.pdf"),
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      enterDemand(staff, authority, pdf);
      forward(staff, "Acme Retail", ACME);
      enterDemand(staff, gagged, null);
      staff.choose(en.get("entry.gag")).press(en.get("entry.submit"));
      staff.waitForText(en.get("entry.error.gagReason"));
      staff.fill(en.get("entry.gagReason"), "Secrecy of the investigation");
      staff.press(en.get("entry.submit"));
      staff.waitForText(en.get("request.gag.warning"));
      assertThat(staff.text(By.id("gag"))).contains(en.get("lifecycle.gag.noMail"));
      assertThat(staff.all(By.id("forwardForm"))).isEmpty();
    }
    String reference = referenceOfDemand(authority);
    String id = idOf(reference);
    Mail toCustomer =
        mails.await(
            "privacy@acme.example",
            nl.get("lifecycle.mail.forwarded.authority.subject", reference));
    assertThat(toCustomer.body)
        .contains(authority, "/customer/request.xhtml?id=" + id)
        .doesNotContain("Demand.pdf", "%PDF");
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM outbox_message WHERE body LIKE ?",
                "%" + referenceOfDemand(gagged) + "%"))
        .as("nothing about the gagged demand leaves")
        .hasValue("0");

    String href;
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.go(toCustomer.link("/customer/request.xhtml"));
      acme.fill(en.get("login.username"), "acme")
          .fill(en.get("login.password"), PASSWORD)
          .press(en.get("login.submit"));
      acme.waitForText(reference);
      assertThat(acme.text(By.id("authority"))).isEqualTo(authority);
      href = acme.all(By.linkText("Demand.pdf")).get(0).getDomAttribute("href");
      HttpResponse<String> download = acme.download(href);
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
      assertThat(download.body()).startsWith("%PDF-1.4");
    }
    try (Browser kroon = Browser.open(BASE, "en")) {
      kroon.logInAs("kroon", PASSWORD, en);
      assertThat(kroon.download(href).statusCode())
          .as("another customer's file is not found")
          .isEqualTo(404);
      kroon.go("/customer/request.xhtml?id=" + id);
      assertThat(kroon.heading()).isEqualTo(en.get("error.404.title"));
    }
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'ATTACHMENT_DOWNLOADED'"
                    + " AND actor = 'kroon' AND outcome <> 'GRANTED'"))
        .hasValueSatisfying(n -> assertThat(Integer.parseInt(n)).isPositive());
  }

  @Test
  void staffAskTheSubjectWhoAnswersOnceThroughTheMailedLink() throws Exception {
    String email = unique("nora") + "@example.org";
    String reference = submitted("Nora Peeters", email, "Acme");
    String id = idOf(reference);
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + id);
      assertThat(staff.text(By.id("clarifications"))).contains(en.get("clarify.none"));
      staff.press(en.get("clarify.ask"));
      staff.waitForText(en.get("clarify.question.required"));
      staff
          .fill(en.get("clarify.question"), "Which web shop did you order from?")
          .press(en.get("clarify.ask"));
      staff.waitForText(en.get("clarify.asked"));
      assertThat(staff.text(By.id("clarifications")))
          .contains("Which web shop did you order from?", en.get("clarify.notAnswered"));
    }
    Mail question = mails.await(email, en.get("clarify.mail.subject", reference));
    assertThat(question.body).contains("Which web shop did you order from?");
    String link = question.link("/intake/clarify.xhtml");
    try (Browser subject = Browser.open(BASE, "en")) {
      subject.go(link.replaceAll("token=[^&]+", "token=guessed"));
      assertThat(subject.text()).contains(en.get("clarify.invalid"));
      assertThat(subject.pageSource()).doesNotContain("Which web shop");
      subject.go(link);
      assertThat(subject.text(By.id("question"))).isEqualTo("Which web shop did you order from?");
      fits(subject, "the clarification page");
      subject
          .fill(en.get("clarify.answer.label"), "The one for garden furniture.")
          .press(en.get("clarify.answer.button"));
      subject.waitForText(en.get("clarify.answer.done"));
      subject.go(link);
      assertThat(subject.text()).contains(en.get("clarify.error.answered"));
      assertThat(subject.all(By.id("clarify"))).as("answered once").isEmpty();
    }
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + id);
      assertThat(staff.text(By.id("clarifications")))
          .contains("The one for garden furniture.")
          .doesNotContain(en.get("clarify.notAnswered"));
    }
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(action ORDER BY id) FROM audit_entry WHERE object_id = ?"
                    + " AND action LIKE 'CLARIFICATION%'",
                id))
        .hasValue("CLARIFICATION_ASKED,CLARIFICATION_ANSWERED");
  }

  /** The page passes axe and fits a phone's 390 px without sideways scrolling. */
  private static void fits(Browser page, String what) throws Exception {
    assertThat(page.accessibilityViolations()).as("axe on " + what).isEmpty();
    page.windowWidth(390);
    assertThat(page.sidewaysOverflow()).as(what + " at 390 px").isEmpty();
    page.windowWidth(1280);
  }

  /**
   * Support staff forward the request on its page to the customer. The one place the tests drive
   * the forward form: adapt it here when the form changes.
   */
  private void forward(Browser staff, String search, String customerName) {
    staff.forwardTo(en, search, customerName);
  }

  private void close(Browser staff, String reason) {
    staff.select(en.get("close.reason"), en.get("closeReason." + reason));
    staff.press(en.get("close.button"));
    staff.waitForText(en.get("closeReason." + reason) + " ·");
    assertThat(staff.text(By.id("status"))).isEqualTo(en.get("status.CLOSED"));
  }

  private void enterDemand(Browser staff, String authority, Path file) {
    staff.follow(en.get("nav.newRequest"));
    staff
        .select(en.get("entry.origin"), en.get("origin.AUTHORITY"))
        .select(en.get("entry.channel"), en.get("channel.LETTER"))
        .fill(en.get("intake.name"), "Customer 4711")
        .fill(en.get("intake.organisation"), "Acme Retail")
        .select(en.get("intake.right"), en.get("right.OTHER"))
        .fill(en.get("intake.description"), "Hand over the order history of customer 4711.")
        .fill(en.get("entry.authority"), authority)
        .fill(en.get("entry.legalBasis"), "Art. 46bis Code of Criminal Procedure");
    if (file != null) {
      staff.field(en.get("entry.file")).sendKeys(file.toString());
      staff.press(en.get("entry.submit"));
      staff.waitForText(en.get("entry.enteredBy"));
    }
  }

  /** A request sent through the API by its subject, who confirmed the address. */
  private static String submitted(String name, String email, String organisation) throws Exception {
    HttpResponse<String> created =
        Api.submit(
            BASE,
            Api.requestJson(
                name, email, organisation, "ACCESS", "What do you hold about me?", "en"),
            null);
    assertThat(created.statusCode()).isEqualTo(201);
    String reference = Api.reference(created);
    TestDatabase.markVerified(reference);
    return reference;
  }

  private static String idOf(String reference) throws Exception {
    return TestDatabase.query("SELECT id FROM request WHERE reference = ?", reference)
        .orElseThrow();
  }

  private static String referenceOfDemand(String authority) throws Exception {
    return TestDatabase.query("SELECT reference FROM request WHERE authority = ?", authority)
        .orElseThrow();
  }

  /** The text of the table row that links to the reference. */
  private static String rowOf(Browser browser, String reference) {
    return rowsOf(browser, reference).get(0).getText();
  }

  private static java.util.List<org.openqa.selenium.WebElement> rowsOf(
      Browser browser, String reference) {
    return browser.all(By.xpath("//tr[.//a[normalize-space()='" + reference + "']]"));
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
