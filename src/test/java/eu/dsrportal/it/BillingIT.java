package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.MailCatcher;
import eu.dsrportal.testing.MailCatcher.Mail;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 12, billing: a billing user runs a quarter, reviews a customer's draft (priced as its
 * contract says: per started 15 minutes, the first hour of the year free), finalises it and sees
 * its number; the invoice is mailed to the customer's billing e-mail; the customer sees its own
 * invoice, the time behind each line and the downloads, and another customer's invoice is not found
 * (page, PDF and UBL). The customers are the test's own, billed per quarter, so the monthly runs of
 * other tests leave them alone.
 */
@SharedPortal(PortalConfig.STANDARD)
class BillingIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final Bundle en = new Bundle("en");
  private final MailCatcher mails = new MailCatcher(greenMail);

  @Test
  void aQuarterIsRunReviewedFinalisedMailedAndSeenByItsCustomerOnly() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long alpha = customer("Billing Alpha " + tag, "alpha-" + tag + "@billing-it.example", "100.00");
    long beta = customer("Billing Beta " + tag, "beta-" + tag + "@billing-it.example", "80.00");
    long audit = task(alpha, "Audit questionnaire " + tag);
    time(audit, "2025-01-10", 50, "Read the questionnaire"); // 60 billed, all in the allowance
    time(audit, "2025-02-03", 20, "Answered part one"); // 30 billed: 50.00
    time(audit, "2025-03-05", 10, "Answered part two"); // 15 billed: 25.00
    time(task(beta, "Beta help " + tag), "2025-02-10", 60, "Beta work"); // 80.00
    TestDatabase.createUser("alpha-" + tag, PASSWORD, "CUSTOMER", alpha);
    TestDatabase.createUser("beta-" + tag, PASSWORD, "CUSTOMER", beta);

    // the billing user runs the first quarter of 2025 and reviews Alpha's draft
    String alphaNumber;
    String betaNumber;
    try (Browser billing = Browser.open(BASE, "en")) {
      billing.logInAs("billing", PASSWORD, en);
      billing
          .select(en.get("billing.run.kind"), en.get("billing.period.QUARTER"))
          .fill(en.get("billing.month"), "2025-02")
          .press(en.get("billing.run.start"));
      billing.waitForText(en.get("billing.run.heading") + " 2025-Q1");

      billing.follow("Billing Alpha " + tag);
      billing.waitForText("Audit questionnaire " + tag);
      String lines = billing.text(By.id("lines"));
      assertThat(lines)
          .contains(
              "T-" + audit,
              en.get("billing.work.minutes", 50, 60),
              en.get("billing.work.free", 60),
              en.get("billing.work.minutes", 20, 30),
              en.get("billing.work.minutes", 10, 15),
              "100.00",
              "75.00");
      assertThat(billing.text(By.id("exclVat"))).contains("75.00");
      assertThat(billing.text(By.id("vat"))).contains("15.75");
      assertThat(billing.text(By.id("total"))).contains("90.75");

      billing.press(en.get("billing.invoice.finalise"));
      billing.waitForText(en.get("billing.downloads"));
      alphaNumber = billing.text(By.id("number"));
      assertThat(alphaNumber).matches("\\d{4}-\\d{5}");
      assertThat(billing.text()).contains(en.get("billing.invoice.finalised", alphaNumber));
      assertThat(billing.all(By.id("draftForm:finalise"))).isEmpty();

      look(billing, "billing-invoice-final");

      billing.go("/staff/billing/runs.xhtml");
      billing.follow("Billing Beta " + tag);
      billing.waitForText("Beta help " + tag);
      billing.press(en.get("billing.invoice.finalise"));
      billing.waitForText(en.get("billing.downloads"));
      betaNumber = billing.text(By.id("number"));
      assertThat(sequence(betaNumber)).isEqualTo(sequence(alphaNumber) + 1);

      // a credit note of Alpha's charged line, numbered next, referring to the invoice
      billing.go("/staff/billing/invoice.xhtml?id=" + invoiceId(alphaNumber));
      billing
          .choose("T-" + audit + " Audit questionnaire " + tag + " · €75.00")
          .fill(en.get("billing.credit.reason"), "Part two was included")
          .press(en.get("billing.credit.button"));
      billing.waitForText(en.get("billing.total.credit"));
      String creditNumber = billing.text(By.id("number"));
      assertThat(sequence(creditNumber)).isEqualTo(sequence(betaNumber) + 1);
      assertThat(billing.text(By.id("credits"))).isEqualTo(alphaNumber);
      assertThat(billing.text(By.id("total"))).contains("90.75");

      // the reports: Alpha's first quarter, billed and included hours of its audit
      billing.go("/staff/billing/reports.xhtml");
      billing
          .fill(en.get("billing.reports.period"), "2025-Q1")
          .press(en.get("billing.reports.show"));
      billing.waitForText("Billing Alpha " + tag);
      assertThat(billing.text(By.id("hours")))
          .contains(
              "Billing Alpha " + tag + " " + en.get("billing.kind.AUDIT") + " 0.75 1.00 0.00");
      look(billing, "billing-reports");
      // the credit note counts in the period it was issued in: this month
      billing
          .fill(
              en.get("billing.reports.period"),
              YearMonth.now(ZoneId.of("Europe/Brussels")).toString())
          .press(en.get("billing.reports.show"));
      billing.waitForText("Billing Alpha " + tag);
      assertThat(billing.text(By.id("hours")).lines())
          .filteredOn(line -> line.contains("Billing Alpha " + tag))
          .singleElement(STRING)
          .endsWith("€75.00");
    }

    // mailed to Alpha's billing e-mail, in its language, with the PDF and the UBL
    String subject = en.get("invoice.mail.subject", en.get("invoice.mail.invoice"), alphaNumber);
    Mail mail = mails.await("alpha-" + tag + "@billing-it.example", subject);
    assertThat(mail.subject).isEqualTo(subject);
    List<String> attached = attachments(alphaNumber);
    assertThat(attached)
        .containsExactlyInAnyOrder(
            "invoice-" + alphaNumber + ".pdf", "invoice-" + alphaNumber + ".xml");

    // Alpha's user sees its own invoice with the time behind it, and downloads it
    String alphaId = invoiceId(alphaNumber);
    String betaId = invoiceId(betaNumber);
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.logInAs("alpha-" + tag, PASSWORD, en);
      customer.go("/customer/invoices.xhtml");
      assertThat(customer.text(By.id("invoices"))).contains(alphaNumber).doesNotContain(betaNumber);
      look(customer, "customer-invoices");
      customer.follow(alphaNumber);
      customer.waitForText("Audit questionnaire " + tag);
      look(customer, "customer-invoice");
      assertThat(customer.text(By.id("lines")))
          .contains("Read the questionnaire", "Answered part one", "Answered part two", "75.00");
      HttpResponse<String> pdf = customer.download(link(customer, "billing.download.pdf"));
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(pdf.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
      HttpResponse<String> ubl = customer.download(link(customer, "billing.download.ubl"));
      assertThat(ubl.statusCode()).isEqualTo(200);
      assertThat(ubl.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
      assertThat(ubl.body()).contains(alphaNumber);
      // each line says in the customer's words what it bills: the kind and the time behind it
      assertThat(ubl.body())
          .contains(
              en.get("billing.kind.AUDIT") + " · " + en.get("billing.instructionVersion") + " 1")
          .contains("20 min")
          .doesNotContain(">AUDIT ·");

      // another customer's invoice is not found: page, PDF and UBL
      assertThat(customer.download(BASE + "/customer/invoice.xhtml?id=" + betaId).statusCode())
          .isEqualTo(404);
      assertThat(
              customer
                  .download(BASE + "/customer/invoice-file?id=" + betaId + "&type=pdf")
                  .statusCode())
          .isEqualTo(404);
      assertThat(
              customer
                  .download(BASE + "/customer/invoice-file?id=" + betaId + "&type=ubl")
                  .statusCode())
          .isEqualTo(404);
      assertThat(
              customer
                  .download(BASE + "/customer/invoice-file?id=" + alphaId + "&type=pdf")
                  .statusCode())
          .isEqualTo(200);
    }
  }

  /** No accessibility violations, nothing sticking out at 390 px; screenshots when asked for. */
  private static void look(Browser page, String name) throws Exception {
    assertThat(page.accessibilityViolations()).as("axe on " + name).isEmpty();
    page.windowWidth(390);
    assertThat(page.sidewaysOverflow()).as(name + " at 390 px").isEmpty();
    page.screenshot(name + "-390");
    page.windowWidth(1280);
    page.screenshot(name + "-1280");
  }

  private String link(Browser browser, String key) {
    return browser.all(By.linkText(en.get(key))).get(0).getDomAttribute("href");
  }

  private static long customer(String name, String billingEmail, String rate) throws Exception {
    TestDatabase.update(
        "INSERT INTO customer (name, public_contact, language, created_at, billing_email)"
            + " VALUES (?, ?, 'EN', UTC_TIMESTAMP(6), ?)",
        name,
        name + ", Somewhere",
        billingEmail);
    long id =
        Long.parseLong(
            TestDatabase.query("SELECT id FROM customer WHERE name = ?", name).orElseThrow());
    TestDatabase.update(
        "INSERT INTO customer_contact (customer_id, position, name, email, is_primary)"
            + " VALUES (?, 0, 'Privacy', ?, TRUE)",
        id,
        "privacy-" + billingEmail);
    // per started 15 minutes, the first hour of each year included, billed per quarter
    TestDatabase.update(
        "INSERT INTO contract (customer_id, valid_from, hourly_rate, vat_rate, increment_minutes,"
            + " allowance_minutes, billing_period) VALUES (?, '2020-01-01', ?, 21, 15, ?, 'QUARTER')",
        id,
        rate,
        rate.equals("100.00") ? 60 : 0);
    return id;
  }

  private static long task(long customerId, String title) throws Exception {
    TestDatabase.update(
        "INSERT INTO assistance_task (request_id, customer_id, instruction, requested_by,"
            + " requested_at, instructed_by, instructed_at, title, accepted_by, accepted_at,"
            + " assignee, status, version, kind) VALUES (NULL, ?, 'Please help with the audit',"
            + " 'customer', UTC_TIMESTAMP(6), 'customer', UTC_TIMESTAMP(6), ?, 'support',"
            + " UTC_TIMESTAMP(6), 'support', 'IN_PROGRESS', 0, 'AUDIT')",
        customerId,
        title);
    long id =
        Long.parseLong(
            TestDatabase.query("SELECT id FROM assistance_task WHERE title = ?", title)
                .orElseThrow());
    TestDatabase.update(
        "INSERT INTO assistance_instruction (task_id, version_no, text, created_by, created_at)"
            + " VALUES (?, 1, 'Please help with the audit', 'customer', UTC_TIMESTAMP(6))",
        id);
    return id;
  }

  private static void time(long taskId, String day, int minutes, String what) throws Exception {
    TestDatabase.update(
        "INSERT INTO time_entry (task_id, work_date, minutes, description, logged_by, logged_at,"
            + " version) VALUES (?, ?, ?, ?, 'support', UTC_TIMESTAMP(6), 0)",
        taskId,
        day,
        minutes,
        what);
  }

  private static String invoiceId(String number) throws Exception {
    return TestDatabase.query("SELECT id FROM invoice WHERE number = ?", number).orElseThrow();
  }

  private static int sequence(String number) {
    return Integer.parseInt(number.substring(number.indexOf('-') + 1));
  }

  /** The file names attached to the mail whose subject names the invoice. */
  private static List<String> attachments(String number) throws Exception {
    List<String> names = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      if (!message.getSubject().endsWith(" " + number)
          || !(message.getContent() instanceof Multipart multipart)) {
        continue;
      }
      for (int i = 0; i < multipart.getCount(); i++) {
        Part part = multipart.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
          names.add(part.getFileName());
        }
      }
    }
    return names;
  }
}
