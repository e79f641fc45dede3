package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.customer.domain.LegalPeriod;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A customer's inquiry under the contract (issue 11, art. 8.5): registered by the customer in its
 * portal, seen by the support team, extended with a reason, answered with a message and a file,
 * which only that customer can download. Customer and staff in the browser, the mails read from the
 * tests' SMTP server.
 */
@SharedPortal(PortalConfig.STANDARD)
class InquiriesIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String ACME = "Acme Retail NV";
  private static final String KROON = "Brasserie De Kroon BV";
  private static final DateTimeFormatter BRITISH =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final Bundle en = new Bundle("en");
  private final Bundle nl = new Bundle("nl");
  private final MailCatcher mails = new MailCatcher(greenMail);

  @Test
  void anAuditInformationInquiryIsRegisteredExtendedAndAnsweredWithAFileForThatCustomerOnly()
      throws Exception {
    String question = "Please send your ISO 27001 certificate " + UUID.randomUUID();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
    LocalDate due = LegalPeriod.ofMonths(today, 1, HolidayCalendar.BE);
    LocalDate extendedDue = LegalPeriod.ofMonths(today, 2, HolidayCalendar.BE);

    // the customer registers it in its portal
    String id;
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.follow(en.get("inquiry.nav.customer"));
      acme.press(en.get("inquiry.register.button"));
      acme.waitForText(en.get("inquiry.error.kindRequired"));
      assertThat(acme.text()).contains(en.get("inquiry.error.questionRequired"));
      acme.select(en.get("inquiry.kind"), en.get("inquiry.kind.AUDIT_INFORMATION"))
          .fill(en.get("inquiry.question"), question)
          .press(en.get("inquiry.register.button"));
      acme.waitForText(en.get("inquiry.registered"));
      id = acme.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
      assertThat(acme.text(By.id("status"))).isEqualTo(en.get("inquiry.status.OPEN"));
      assertThat(acme.text(By.id("dueOn"))).startsWith(BRITISH.format(due));
      assertThat(acme.text(By.id("question"))).isEqualTo(question);
      assertThat(acme.text(By.id("history"))).contains(en.get("inquiry.event.REGISTERED"), "acme");
      fits(acme, "the customer's inquiry page", "inquiry-customer");
      acme.follow(en.get("inquiry.customer.title"));
      assertThat(rowOf(acme, "Q-" + id)).contains(en.get("inquiry.kind.AUDIT_INFORMATION"));
      fits(acme, "the customer's inquiries", "inquiries-customer");
    }
    String number = "Q-" + id;
    Mail registered =
        mails.await(
            "support@provider.example", nl.get("inquiry.mail.registered.subject", number, ACME));
    assertThat(registered.body).contains("/staff/inquiry.xhtml?id=" + id).doesNotContain(question);

    // the support team sees it among the open ones, and extends it with a reason
    String reason = "Our auditor delivers the 2026 report next month.";
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.follow(en.get("inquiry.nav.staff"));
      assertThat(rowOf(staff, number))
          .contains(ACME, BRITISH.format(due), en.get("inquiry.urgency.OK"));
      fits(staff, "the open inquiries", "inquiries-staff");
      staff.follow(number);
      assertThat(staff.text(By.id("customer"))).isEqualTo(ACME);
      staff.press(en.get("inquiry.extend.button"));
      staff.waitForText(en.get("inquiry.error.reasonRequired"));
      staff.fill(en.get("inquiry.extend.reason"), reason).press(en.get("inquiry.extend.button"));
      staff.waitForText(en.get("inquiry.extended"));
      assertThat(staff.text(By.id("dueOn")))
          .startsWith(BRITISH.format(extendedDue))
          .contains(en.get("inquiry.dueOn.extended"));
      assertThat(staff.all(By.xpath("//input[@value='" + en.get("inquiry.extend.button") + "']")))
          .as("extended once only")
          .isEmpty();
      fits(staff, "the staff's inquiry page", "inquiry-staff");
    }
    Mail extended =
        mails.await("privacy@acme.example", nl.get("inquiry.mail.extended.subject", number));
    assertThat(extended.body).contains(reason, "Anna Peeters");

    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.go("/customer/inquiry.xhtml?id=" + id);
      assertThat(acme.text(By.id("dueOn"))).startsWith(BRITISH.format(extendedDue));
      assertThat(acme.text(By.id("extensionReason"))).isEqualTo(reason);
    }

    // the answer, with a file
    Path pdf = Files.createTempFile("iso-certificate-", ".pdf");
    Files.writeString(pdf, "%PDF-1.4\n% the certificate\n", StandardCharsets.US_ASCII);
    String answer = "Attached is our certificate; the report follows.";
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/inquiry.xhtml?id=" + id);
      staff.fill(en.get("inquiry.answer.message"), answer);
      staff.field(en.get("inquiry.answer.files")).sendKeys(pdf.toString());
      staff.press(en.get("inquiry.answer.button"));
      staff.waitForText(en.get("inquiry.answered"));
      assertThat(staff.text(By.id("status"))).isEqualTo(en.get("inquiry.status.ANSWERED"));
      staff.follow(en.get("inquiry.staff.title"));
      assertThat(staff.text()).doesNotContain(number);
    }
    Mail answered =
        mails.await("privacy@acme.example", nl.get("inquiry.mail.answered.subject", number));
    assertThat(answered.body).contains("/customer/inquiry.xhtml?id=" + id).doesNotContain(answer);

    String fileLink;
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.go("/customer/inquiry.xhtml?id=" + id);
      assertThat(acme.text(By.id("answer"))).isEqualTo(answer);
      assertThat(acme.text(By.id("history")))
          .contains(
              en.get("inquiry.event.REGISTERED"),
              en.get("inquiry.event.EXTENDED"),
              reason,
              en.get("inquiry.event.ANSWERED"),
              "support");
      fileLink = acme.all(By.cssSelector("#files a")).get(0).getDomAttribute("href");
      assertThat(acme.text(By.id("files"))).startsWith(pdf.getFileName().toString());
      HttpResponse<String> download = acme.download(fileLink);
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).startsWith("%PDF-1.4");
      assertThat(download.headers().firstValue("Content-Disposition"))
          .get()
          .asString()
          .startsWith("attachment;");
      fits(acme, "the customer's answered inquiry", "inquiry-customer-answered");
    }

    // another customer finds neither the inquiry nor its file
    try (Browser kroon = Browser.open(BASE, "en")) {
      kroon.logInAs("kroon", PASSWORD, en);
      kroon.go("/customer/inquiry.xhtml?id=" + id);
      assertThat(kroon.heading()).isEqualTo(en.get("error.404.title"));
      assertThat(kroon.pageSource()).doesNotContain(question);
      assertThat(kroon.download(fileLink).statusCode()).isEqualTo(404);
      kroon.go("/customer/inquiries.xhtml");
      assertThat(kroon.text()).doesNotContain(number);
    }
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(action ORDER BY id) FROM audit_entry WHERE object_type ="
                    + " 'Inquiry' AND object_id = ? AND action IN ('INQUIRY_REGISTERED',"
                    + " 'INQUIRY_EXTENDED', 'INQUIRY_ANSWERED')",
                id))
        .hasValue("INQUIRY_REGISTERED,INQUIRY_EXTENDED,INQUIRY_ANSWERED");
  }

  @Test
  void staffRegisterAnInquiryReceivedByLetterWhoseClockStartsOnTheDayOfReceipt() throws Exception {
    String question = "Letter of 20 November: your current sub-processors " + UUID.randomUUID();
    LocalDate receivedOn = LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(10);
    LocalDate due = LegalPeriod.ofDays(receivedOn, 30, HolidayCalendar.BE);

    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/inquiries.xhtml");
      staff
          .select(en.get("inquiry.customer"), KROON)
          .select(en.get("inquiry.kind"), en.get("inquiry.kind.SUBPROCESSOR_LIST"))
          .setValue("register:receivedOn", receivedOn.toString())
          .fill(en.get("inquiry.questionAsked"), question)
          .press(en.get("inquiry.staffRegister.button"));
      staff.waitForText(en.get("inquiry.registeredByStaff"));
      assertThat(staff.text(By.id("customer"))).isEqualTo(KROON);
      assertThat(staff.text(By.id("receivedOn"))).startsWith(BRITISH.format(receivedOn));
      assertThat(staff.text(By.id("dueOn"))).startsWith(BRITISH.format(due));
    }
    try (Browser kroon = Browser.open(BASE, "en")) {
      kroon.logInAs("kroon", PASSWORD, en);
      kroon.go("/customer/inquiries.xhtml");
      assertThat(kroon.text(By.id("inquiries"))).contains(BRITISH.format(due));
    }
  }

  /** The page passes axe and fits a phone's 390 px without sideways scrolling. */
  private static void fits(Browser page, String what, String screenshot) throws Exception {
    assertThat(page.accessibilityViolations()).as("axe on " + what).isEmpty();
    page.screenshot(screenshot + "-1280");
    page.windowWidth(390);
    assertThat(page.sidewaysOverflow()).as(what + " at 390 px").isEmpty();
    page.screenshot(screenshot + "-390");
    page.windowWidth(1280);
  }

  /** The text of the table row that links to the number. */
  private static String rowOf(Browser browser, String number) {
    return browser.all(By.xpath("//tr[.//a[normalize-space()='" + number + "']]")).get(0).getText();
  }
}
