package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.billing.domain.PaymentReference;
import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.shared.domain.DataSubjectRight;
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
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * One request the whole way, in Chromium, as its three kinds of users take it: a data subject (in
 * Dutch), support staff, a customer, and billing staff (in English); the mails read from the SMTP
 * server of the test.
 */
@SharedPortal
class JourneyIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final Bundle nl = new Bundle("nl");
  private final Bundle en = new Bundle("en");
  private final MailCatcher mails = new MailCatcher(greenMail);

  @Test
  void aRequestTravelsFromTheDataSubjectToTheCustomerAndIsBilled() throws Exception {
    String subjectEmail = "jan.peeters@example.org";
    String reference;

    // 1. the data subject, whose browser prefers Dutch
    try (Browser subject = Browser.open(BASE, "nl")) {
      subject.go("/");
      assertThat(subject.pageLanguage()).isEqualTo("nl");
      assertThat(subject.heading()).isEqualTo(nl.get("intake.title"));

      subject.press(nl.get("intake.submit"));
      assertThat(subject.text())
          .contains(nl.get("intake.name.required"), nl.get("intake.right.required"));

      subject.submitRequest(
          nl,
          "Jan Peeters",
          subjectEmail,
          "Acme",
          DataSubjectRight.ERASURE,
          "Verwijder mijn klantaccount en alle bestellingen.");

      assertThat(subject.heading()).isEqualTo(nl.get("confirmation.title"));
      reference = subject.text(By.id("reference"));
      assertThat(reference).matches("DSR-\\d{4}-\\d{6}");
    }
    Mail confirmation = mails.await(subjectEmail, reference);
    assertThat(confirmation.subject).isEqualTo(nl.get("mail.received.verify.subject", reference));
    assertThat(confirmation.body)
        .contains(reference, nl.get("right.ERASURE"))
        .as("the address is not confirmed yet: nothing typed is quoted")
        .doesNotContain("Jan Peeters", "Acme");
    String verifyLink = confirmation.link("/intake/verify.xhtml");
    String statusLink = confirmation.link("/intake/status.xhtml");

    // not in the inbox until the subject confirms; staff see it only when they ask for unverified
    // ones
    assertThat(statusOf(reference)).isEqualTo("UNVERIFIED");
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      assertThat(staff.text(By.id("inbox:requests"))).doesNotContain(reference);
      staff.select(en.get("inbox.status"), en.get("status.UNVERIFIED"));
      staff.waitForText(reference);
      assertThat(staff.text(By.id("inbox:requests"))).contains(en.get("status.UNVERIFIED"));
    }
    // opening the link alone confirms nothing
    try (Browser subject = Browser.open(BASE, "nl")) {
      subject.go(statusLink);
      assertThat(subject.text(By.id("current"))).isEqualTo(nl.get("subjectStatus.UNVERIFIED"));
      subject.go(verifyLink);
      assertThat(subject.text()).contains(nl.get("verify.intro", reference));
      assertThat(statusOf(reference)).isEqualTo("UNVERIFIED");
      subject.press(nl.get("verify.button"));
      subject.waitForText(nl.get("verify.done"));
      assertThat(statusOf(reference)).isEqualTo("RECEIVED");
      // the link works once; a second use changes nothing and says so
      subject.go(verifyLink).press(nl.get("verify.button"));
      subject.waitForText(nl.get("verify.already"));
      // another token for the same reference shows nothing
      subject.go(statusLink.replaceAll("token=[^&]+", "token=guessed"));
      assertThat(subject.text()).contains(nl.get("subjectStatus.notFound")).doesNotContain("Acme");
    }

    // 2. support staff find the request in the inbox and forward it to the customer
    String requestUrl;
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      assertThat(staff.heading()).isEqualTo(en.get("inbox.title"));
      staff.follow(reference);
      requestUrl = staff.currentUrl();
      assertThat(staff.text())
          .contains(
              "Jan Peeters", subjectEmail, en.get("right.ERASURE"), en.get("status.RECEIVED"));

      staff.forwardTo(en, "acme", "Acme Retail NV");
      assertThat(staff.text(By.id("status"))).isEqualTo(en.get("status.FORWARDED"));
      assertThat(staff.text(By.id("forwardedAt"))).contains("(support)");
      String requestId = requestUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
      assertThat(
              TestDatabase.query(
                  "SELECT COUNT(*) FROM audit_entry WHERE action = 'REQUEST_VIEWED' AND object_id = ?",
                  requestId))
          .as("opened once and forwarded: one viewing in the trail, the forward its own entry")
          .hasValue("1");
      staff.logOut(en);
    }
    Mail toCustomer = mails.await("privacy@acme.example", reference);
    assertThat(toCustomer.body)
        .contains("Jan Peeters", subjectEmail, "Verwijder mijn klantaccount");
    Mail toSubject = mails.await(subjectEmail, nl.get("mail.forwarded.subject.subject", reference));
    assertThat(toSubject.body).contains("Acme Retail NV", "privacy@acme.example");
    try (Browser subject = Browser.open(BASE, "nl")) {
      subject.go(statusLink);
      assertThat(subject.text(By.id("current"))).isEqualTo(nl.get("subjectStatus.FORWARDED"));
      assertThat(subject.text(By.id("forwardedTo"))).isEqualTo("Acme Retail NV");
      assertThat(subject.text(By.id("contact"))).contains("privacy@acme.example");
      assertThat(subject.text()).doesNotContain("Verwijder mijn klantaccount", subjectEmail);
    }

    // 3. the customer opens the link in its mail, logs in, sees its deadline, acknowledges, asks
    // for help
    try (Browser customer = Browser.open(BASE, "nl")) {
      customer.go(toCustomer.firstLink());
      assertThat(customer.heading()).isEqualTo(nl.get("login.title"));
      customer
          .fill(nl.get("login.username"), "acme")
          .fill(nl.get("login.password"), PASSWORD)
          .press(nl.get("login.submit"));
      customer.waitForText(reference);
      assertThat(customer.currentUrl()).contains("/customer/request.xhtml");
      // art. 12(3): one month from the day we received it, on a working day of its calendar
      assertThat(customer.text(By.id("answerDue")))
          .isEqualTo(
              DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                  .withLocale(Locale.forLanguageTag("nl-BE"))
                  .format(answerDue(reference, "Acme Retail NV")));
      assertThat(customer.text(By.id("acknowledgedAt"))).isEqualTo(nl.get("request.notYet"));
      assertThat(customer.text(By.id("channel"))).isEqualTo(nl.get("channel.WEB_FORM"));

      customer.press(nl.get("acknowledge.button"));
      customer.waitForText(nl.get("acknowledge.done"));
      assertThat(customer.text(By.id("acknowledgedAt"))).isNotEqualTo(nl.get("request.notYet"));

      customer
          .fill(
              nl.get("assistance.ask.label"),
              "Exporteer eerst alle gegevens van deze persoon uit de webshop.")
          .press(nl.get("assistance.ask.button"));
      customer.waitForText(nl.get("assistance.asked"));
      assertThat(customer.text()).contains(nl.get("assistance.status.REQUESTED"));
    }

    // 4. support staff see the three times and take the instruction on as a task; Acme's contract
    // (for this test: work waits for an approved estimate, no free allowance) makes them estimate
    // first, Acme approves in Dutch, and only then is time logged on the task
    String taskId =
        TestDatabase.query(
                "SELECT t.id FROM assistance_task t JOIN request r ON r.id = t.request_id"
                    + " WHERE r.reference = ?",
                reference)
            .orElse("");
    String acmeContracts =
        TestDatabase.query(
                "SELECT GROUP_CONCAT(id) FROM contract"
                    + " WHERE customer_id = (SELECT id FROM customer WHERE name = 'Acme Retail NV')")
            .orElseThrow();
    String terms =
        TestDatabase.query(
                "SELECT GROUP_CONCAT(CONCAT(id, ':', estimate_approval_required, ':',"
                    + " allowance_minutes, ':', allowance_requests)) FROM contract"
                    + " WHERE FIND_IN_SET(id, ?)",
                acmeContracts)
            .orElseThrow();
    TestDatabase.update(
        "UPDATE contract SET estimate_approval_required = TRUE, allowance_minutes = 0,"
            + " allowance_requests = 0 WHERE FIND_IN_SET(id, ?)",
        acmeContracts);
    try {
      try (Browser staff = Browser.open(BASE, "en")) {
        staff.logInAs("support", PASSWORD, en);
        staff.go(requestUrl);
        assertThat(staff.text(By.id("status"))).isEqualTo(en.get("status.ACKNOWLEDGED"));
        // an English user reads British dates in Brussels time ("3 Dec 2026, 08:46"), not American
        assertThat(staff.text(By.id("receivedAt")))
            .startsWith(
                LocalDate.now(ZoneId.of("Europe/Brussels"))
                    .format(DateTimeFormatter.ofPattern("d MMM yyyy, ", Locale.UK)))
            .matches(".*, \\d{2}:\\d{2}")
            .doesNotContain("AM", "PM");
        assertThat(staff.text(By.id("forwardedAt"))).isNotBlank();
        assertThat(staff.text(By.id("acknowledgedAt"))).contains("(acme)");
        assertThat(staff.text()).contains("Exporteer eerst alle gegevens");

        staff
            .fill(en.get("assistance.taskTitle"), "Export web shop data")
            .press(en.get("assistance.accept"));
        staff.waitForText(en.get("assistance.accepted"));

        staff.go("/staff/task.xhtml?id=" + taskId);
        assertThat(staff.text(By.id("blocked")))
            .isEqualTo(en.get("assistance.error.awaitingEstimateApproval"));
        assertThat(staff.all(By.xpath("//input[@value='" + en.get("time.logButton") + "']")))
            .as("no time logged before Acme approves the estimate")
            .isEmpty();
        staff
            .select(en.get("estimate.type"), en.get("estimate.type.HOURS"))
            .fill(en.get("estimate.hours"), "2")
            .fill(en.get("estimate.note"), "One export from the web shop, checked by hand.")
            .press(en.get("estimate.give.button"));
        staff.waitForText(en.get("estimate.given"));
      }
      try (Browser customer = Browser.open(BASE, "nl")) {
        customer.logInAs("acme", PASSWORD, nl);
        customer.go("/customer/task.xhtml?id=" + taskId);
        assertThat(customer.text()).contains("Exporteer eerst alle gegevens");
        customer.press(nl.get("estimate.approve"));
        customer.waitForText(nl.get("estimate.approved"));
      }
      try (Browser staff = Browser.open(BASE, "en")) {
        staff.logInAs("support", PASSWORD, en);
        staff.go("/staff/task.xhtml?id=" + taskId);
        staff
            .fill(en.get("time.minutes"), "90")
            .fill(en.get("time.description"), "Queried and exported the web shop")
            .press(en.get("time.logButton"));
        staff.waitForText(en.get("time.logged"));
        assertThat(staff.text()).contains("Queried and exported the web shop", "90");
      }

      // 5. billing staff run the month's billing, review Acme's draft (other tests bill Acme in the
      // same month too, so the task's own line is checked exactly), finalise it and see its number;
      // the invoice's lines go to accounting as CSV
      String number;
      try (Browser billing = Browser.open(BASE, "en")) {
        billing.logInAs("billing", PASSWORD, en);
        assertThat(billing.heading()).isEqualTo(en.get("billing.title"));
        String month = YearMonth.now(ZoneId.of("Europe/Brussels")).toString();
        billing
            .select(en.get("billing.run.kind"), en.get("billing.period.MONTH"))
            .fill(en.get("billing.month"), month)
            .press(en.get("billing.run.start"));
        billing.waitForText(en.get("billing.run.heading") + " " + month);
        billing.follow("Acme Retail NV");
        billing.waitForText("Export web shop data");
        // 90 min at EUR 95.00/h = 142.50
        assertThat(billing.text(By.id("lines"))).contains("Export web shop data", "142.50");
        assertThat(billing.text(By.id("number"))).isEqualTo(en.get("billing.status.DRAFT"));

        billing.press(en.get("billing.invoice.finalise"));
        billing.waitForText(en.get("billing.downloads"));
        number = billing.text(By.id("number"));
        assertThat(number).matches("\\d{4}-\\d{5}");
        assertThat(billing.text()).contains(en.get("billing.invoice.finalised", number));

        HttpResponse<String> plain =
            billing.download(
                billing
                    .all(By.linkText(en.get("billing.csv.plain")))
                    .get(0)
                    .getDomAttribute("href"));
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body())
            .startsWith(
                "document,number,issue_date,customer,line,item,quantity,unit,unit_price,net_amount,"
                    + "vat_category,vat_rate\r\n")
            .contains("380," + number + ",", "Export web shop data\",1.50,HUR,95.00,142.50,S,21.00")
            .doesNotContain("\uFEFF", ";");
        HttpResponse<String> pdf =
            billing.download(
                billing
                    .all(By.linkText(en.get("billing.download.pdf")))
                    .get(0)
                    .getDomAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
      }
      // the invoice mail, in Acme's language, to its billing e-mail (else its privacy contact)
      String invoiceSubject =
          nl.get("invoice.mail.subject", nl.get("invoice.mail.invoice"), number);
      assertThat(mails.await("invoices@acme.example", invoiceSubject).subject)
          .isEqualTo(invoiceSubject);

      // 6. the customer, in Dutch, finds the invoice, the time behind its line, and its PDF
      try (Browser customer = Browser.open(BASE, "nl")) {
        customer.logInAs("acme", PASSWORD, nl);
        customer.go("/customer/invoices.xhtml");
        customer.follow(number);
        customer.waitForText("Export web shop data");
        assertThat(customer.text(By.id("lines")))
            .contains("Export web shop data", "Queried and exported the web shop", "142,50")
            .doesNotContain("142.50");
        // what to pay with: the provider's account and the Belgian structured communication
        assertThat(customer.text(By.id("reference")))
            .isEqualTo(PaymentReference.structured(Long.parseLong(number.replace("-", ""))));
        assertThat(customer.text(By.id("iban"))).startsWith("BE");
        HttpResponse<String> pdf =
            customer.download(
                customer
                    .all(By.linkText(nl.get("billing.download.pdf")))
                    .get(0)
                    .getDomAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition"))
            .hasValueSatisfying(d -> assertThat(d).contains("invoice-" + number + ".pdf"));
        assertThat(pdf.body()).startsWith("%PDF-");
      }

    } finally {
      for (String version : terms.split(",")) {
        String[] t = version.split(":");
        TestDatabase.update(
            "UPDATE contract SET estimate_approval_required = ?, allowance_minutes = ?,"
                + " allowance_requests = ? WHERE id = ?",
            Integer.valueOf(t[1]),
            Integer.valueOf(t[2]),
            Integer.valueOf(t[3]),
            Long.valueOf(t[0]));
      }
    }

    // 7. an administrator finds the request's whole trail by its reference, tasks included, in
    // Dutch, and exports it for Excel with Dutch headers
    try (Browser admin = Browser.open(BASE, "nl")) {
      admin.logInAs("admin", PASSWORD, nl);
      admin.follow(nl.get("hub.nav.admin")).follow(nl.get("nav.audit"));
      admin.fill(nl.get("audit.reference"), reference).press(nl.get("audit.search"));
      admin.waitForText(nl.get("audit.action.TIME_LOGGED"));
      assertThat(admin.text(By.id("entries")))
          .contains(
              nl.get("audit.action.REQUEST_SUBMITTED"),
              nl.get("audit.action.REQUEST_VERIFIED"),
              nl.get("audit.action.REQUEST_FORWARDED"),
              nl.get("audit.action.REQUEST_ACKNOWLEDGED"),
              nl.get("audit.action.ASSISTANCE_ASKED"),
              nl.get("audit.action.ASSISTANCE_ACCEPTED"),
              nl.get("audit.action.TIME_LOGGED"),
              nl.get("audit.anonymous"),
              "support",
              "acme")
          .doesNotContain("REQUEST_FORWARDED", "TIME_LOGGED", "anonymous", "INBOX_VIEWED");

      HttpResponse<String> excel =
          admin.download(
              admin.all(By.linkText(nl.get("audit.csv"))).get(0).getDomAttribute("href"));
      assertThat(excel.statusCode()).isEqualTo(200);
      assertThat(excel.body())
          .startsWith("\uFEFF\"" + nl.get("audit.csv.id") + "\";")
          .contains("\"" + nl.get("audit.action") + "\"", ";\"TIME_LOGGED\";\"AssistanceTask\";");
      HttpResponse<String> plain =
          admin.download(
              admin.all(By.linkText(nl.get("audit.csv.plain"))).get(0).getDomAttribute("href"));
      assertThat(plain.body())
          .startsWith("id,occurred_at_utc,actor,action,object_type,object_id,outcome,")
          .contains(",\"REQUEST_FORWARDED\",\"Request\",");
      // the last line: the chain's head (time sealed, position, HMAC), to keep elsewhere
      assertThat(plain.body())
          .containsPattern(
              "\r\nchain_head,\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z,,,,,,,\\d+,[0-9a-f]{64}\r\n$");
      assertThat(excel.body())
          .containsPattern(
              "\r\n\""
                  + Pattern.quote(nl.get("audit.csv.head"))
                  + "\";[^\r\n]+;\\d+;[0-9a-f]{64}\r\n$");
    }
  }

  @Test
  void theFormRelaysNoTypedTextAndLaterMailsQuoteItDefanged() throws Exception {
    String email = "phish.target@example.org";
    String name = "=HYPERLINK(\"http://evil.example\")";
    String reference;
    try (Browser submitter = Browser.open(BASE, "en")) {
      submitter
          .go("/")
          .submitRequest(
              en,
              name,
              email,
              "www.evil.example",
              DataSubjectRight.ACCESS,
              "Log in at http://evil.example/login or mail boss@evil.example");
      reference = submitter.text(By.id("reference"));
    }
    Mail confirmation = mails.await(email, reference);
    assertThat(confirmation.subject + confirmation.body)
        .contains(reference, en.get("right.ACCESS"))
        .doesNotContain(name, "www.evil.example", "HYPERLINK")
        .doesNotContainIgnoringCase("evil");

    TestDatabase.markVerified(reference);
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.follow(reference);
      staff.forwardTo(en, "acme", "Acme Retail NV");
    }
    Mail toCustomer = mails.await("privacy@acme.example", reference);
    assertThat(toCustomer.body)
        .contains("hxxp://evil[.]example", "boss[@]evil[.]example", email)
        .doesNotContain("http://evil", "evil.example", "www.evil", "boss@evil");
    Mail toSubject = mails.await(email, en.get("mail.forwarded.subject.subject", reference));
    assertThat(toSubject.body).doesNotContain("http://evil", "evil.example");
  }

  @Test
  void supportStaffEnterALetterReceivedLastWeekWhichGoesStraightToTheInbox() throws Exception {
    LocalDate receivedOn = LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(7);
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.follow(en.get("nav.newRequest"));
      staff.press(en.get("entry.submit"));
      staff.waitForText(en.get("intake.name.required"));

      staff
          .select(en.get("entry.channel"), en.get("channel.LETTER"))
          .setValue("entry:receivedOn", receivedOn.toString())
          .fill(en.get("intake.name"), "Paul Brief")
          .fill(en.get("intake.organisation"), "Acme Retail")
          .select(en.get("intake.right"), en.get("right.OTHER"))
          .fill(
              en.get("intake.description"),
              "Handwritten letter: what happens to my loyalty points?")
          .select(en.get("intake.relation"), en.get("relation.CUSTOMER"));
      staff.press(en.get("entry.submit"));
      staff.waitForText(en.get("entry.enteredBy"));
      assertThat(staff.text(By.id("status"))).isEqualTo(en.get("status.RECEIVED"));
      assertThat(staff.text(By.id("channel")))
          .isEqualTo(en.get("channel.LETTER") + " · " + en.get("entry.enteredBy") + " support");
      assertThat(staff.text(By.id("receivedAt")))
          .contains(
              DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                  .withLocale(Locale.UK) // an English browser reads British dates
                  .format(receivedOn));
      assertThat(staff.text(By.id("relation"))).isEqualTo(en.get("relation.CUSTOMER"));
      String requestPage = staff.currentUrl();
      staff.follow(en.get("nav.inbox"));
      assertThat(staff.text(By.id("inbox:requests"))).contains("Acme Retail");

      // it turns out not to concern a customer of the provider: closed, with the reason
      staff.go(requestPage);
      staff.select(en.get("close.reason"), en.get("closeReason.NOT_OUR_CUSTOMER"));
      staff.press(en.get("close.button"));
      staff.waitForText(en.get("closeReason.NOT_OUR_CUSTOMER") + " ·");
      assertThat(staff.text(By.id("status"))).isEqualTo(en.get("status.CLOSED"));
      assertThat(staff.all(By.id("forwardForm"))).isEmpty();
    }
  }

  @Test
  void anAuthorityDemandTheCustomerMayNotHearOfCannotBeForwarded() throws Exception {
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.follow(en.get("nav.newRequest"));
      staff
          .select(en.get("entry.origin"), en.get("origin.AUTHORITY"))
          .select(en.get("entry.channel"), en.get("channel.LETTER"))
          .fill(en.get("intake.name"), "Inspector Maes")
          .fill(en.get("intake.organisation"), "Acme Retail")
          .select(en.get("intake.right"), en.get("right.OTHER"))
          .fill(en.get("intake.description"), "Hand over the order history of customer 4711.")
          .fill(en.get("entry.authority"), "Federal Judicial Police Antwerp")
          .fill(en.get("entry.legalBasis"), "Art. 46bis Code of Criminal Procedure")
          .choose(en.get("entry.gag"));
      staff.press(en.get("entry.submit"));
      staff.waitForText(en.get("entry.error.gagReason"));
      staff.fill(en.get("entry.gagReason"), "Secrecy of the investigation, art. 46bis §2");
      // a text file named .pdf is refused by its content, and nothing is stored
      Path files = Files.createTempDirectory("demand");
      Path fake = Files.writeString(files.resolve("demand.pdf"), "not a pdf at all");
      staff.field(en.get("entry.file")).sendKeys(fake.toString());
      staff.press(en.get("entry.submit"));
      staff.waitForText(en.get("entry.error.fileType"));
      assertThat(
              TestDatabase.query(
                  "SELECT COUNT(*) FROM request WHERE authority = ?",
                  "Federal Judicial Police Antwerp"))
          .hasValue("0");
      Path pdf =
          Files.write(
              files.resolve("Vordering 2026.pdf"),
              "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                  .getBytes(StandardCharsets.US_ASCII));
      staff.field(en.get("entry.file")).sendKeys(pdf.toString());
      staff.press(en.get("entry.submit"));
      staff.waitForText(en.get("request.gag.warning"));
      String href = staff.all(By.linkText("Vordering 2026.pdf")).get(0).getDomAttribute("href");
      HttpResponse<String> download = staff.download(href);
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(download.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
      assertThat(download.body()).startsWith("%PDF-1.4");
      assertThat(staff.text(By.id("origin"))).isEqualTo(en.get("origin.AUTHORITY"));
      assertThat(staff.text(By.id("authority"))).isEqualTo("Federal Judicial Police Antwerp");
      assertThat(staff.text(By.id("gag"))).contains("Secrecy of the investigation");
      assertThat(staff.all(By.id("forwardForm"))).as("no way to forward it").isEmpty();
    }
  }

  @Test
  void aCustomerUserGetsNotFoundForAnotherCustomersRequestAndDevPagesDoNotExist() throws Exception {
    String reference;
    try (Browser subject = Browser.open(BASE, "en")) {
      subject
          .go("/")
          .submitRequest(
              en,
              "Eva Claes",
              "eva.claes@example.org",
              "Acme",
              DataSubjectRight.ACCESS,
              "What do you hold about me?");
      reference = subject.text(By.id("reference"));
    }
    TestDatabase.markVerified(reference);
    String acmeRequestUrl;
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.follow(reference);
      acmeRequestUrl = staff.currentUrl();
      staff.forwardTo(en, "Acme Retail", "Acme Retail NV");
      staff.go("/staff/dev/mailbox.xhtml");
      assertThat(staff.heading()).isEqualTo(en.get("error.404.title"));
    }
    String requestId = acmeRequestUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
    try (Browser kroon = Browser.open(BASE, "en")) {
      kroon.logInAs("kroon", PASSWORD, en);
      kroon.go("/customer/request.xhtml?id=" + requestId);
      assertThat(kroon.heading()).isEqualTo(en.get("error.404.title"));
      assertThat(kroon.pageSource())
          .doesNotContain(reference, "Eva Claes", "eva.claes@example.org");
      kroon.go("/customer/requests.xhtml");
      assertThat(kroon.text()).doesNotContain(reference);
      kroon.go("/staff/inbox.xhtml");
      assertThat(kroon.heading()).isEqualTo(en.get("error.404.title"));
    }
  }

  private static String statusOf(String reference) throws Exception {
    return TestDatabase.query("SELECT status FROM request WHERE reference = ?", reference)
        .orElseThrow();
  }

  /** The customer's art. 12(3) deadline, as the rule gives it for the request's day of receipt. */
  private static LocalDate answerDue(String reference, String customerName) throws Exception {
    LocalDate received =
        java.time.LocalDateTime.parse(
                TestDatabase.query("SELECT received_at FROM request WHERE reference = ?", reference)
                    .orElseThrow()
                    .replace(' ', 'T'))
            .atOffset(ZoneOffset.UTC)
            .atZoneSameInstant(ZoneId.of("Europe/Brussels"))
            .toLocalDate();
    String calendar =
        TestDatabase.query("SELECT holiday_calendar FROM customer WHERE name = ?", customerName)
            .orElseThrow();
    return new AnswerDeadline(received, HolidayCalendar.valueOf(calendar), false).due();
  }
}
