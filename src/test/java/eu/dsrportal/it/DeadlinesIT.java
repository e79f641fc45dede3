package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.customer.domain.HolidayCalendar;
import eu.dsrportal.routing.domain.AnswerDeadline;
import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.MailCatcher;
import eu.dsrportal.testing.MailCatcher.Mail;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The customer's GDPR art. 12(3) deadline (issue 11): the public calculator, and the one extension
 * a customer records with its reason, which the subject sees on the status page and by mail, and
 * staff on the request page and in the API; none for an authority's demand.
 */
@SharedPortal(PortalConfig.STANDARD)
class DeadlinesIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String ACME = "Acme Retail NV";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final Bundle en = new Bundle("en");
  private final Bundle nl = new Bundle("nl");
  private final MailCatcher mails = new MailCatcher(greenMail);

  @Test
  void theCalculatorAnswersAnyoneWithTheDeadlineOfTheRule() throws Exception {
    // no 31 February: the month's last day, Saturday 28 February, so Monday 2 March
    assertThat(due("received=2026-01-31&calendar=BE")).isEqualTo("2026-03-02");
    // 21 July, Belgium's national day, is a working day in the Netherlands
    assertThat(due("received=2026-06-21&calendar=BE")).isEqualTo("2026-07-22");
    assertThat(due("received=2026-06-21&calendar=NL&extended=false")).isEqualTo("2026-07-21");
    // 5 May, Liberation Day, is one of the Algemene termijnenwet's days, not a Belgian holiday
    assertThat(due("received=2026-04-05&calendar=NL")).isEqualTo("2026-05-06");
    assertThat(due("received=2026-04-05&calendar=BE")).isEqualTo("2026-05-05");
    // extended: three months; 27 April 2026 is King's Day
    assertThat(due("received=2026-01-27&calendar=NL&extended=true")).isEqualTo("2026-04-28");

    HttpResponse<String> answer = get("/api/v1/deadlines?received=2026-01-31&calendar=NL");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(answer.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
    assertThat(answer.body())
        .contains(
            "\"received\":\"2026-01-31\"",
            "\"calendar\":\"NL\"",
            "\"extended\":false",
            "\"due\":\"2026-03-02\"");
    assertThat(answer.headers().firstValue("Set-Cookie")).as("no session").isEmpty();

    HttpResponse<String> document = get("/openapi");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body()).contains("/api/v1/deadlines", "2026-04-28", "answerExtended");
  }

  @Test
  void theCalculatorRefusesBadInputAsProblemJsonNamingTheParameter() throws Exception {
    refused("calendar=BE", "received");
    refused("received=2026-02-30&calendar=BE", "received");
    refused("received=03/02/2026&calendar=BE", "received");
    refused("received=3000-01-01&calendar=BE", "received");
    refused("received=1899-12-31&calendar=BE", "received");
    refused("received=2026-01-31", "calendar");
    refused("received=2026-01-31&calendar=FR", "calendar");
    refused("received=2026-01-31&calendar=BE&extended=yes", "extended");
  }

  @Test
  void aCustomerExtendsItsDeadlineOnceWithAReasonTheSubjectIsToldAndStaffSeeIt() throws Exception {
    String email = "ext-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    HttpResponse<String> created =
        Api.submit(
            BASE,
            Api.requestJson(
                "Lotte Janssens", email, "Acme", "ACCESS", "Welke gegevens hebt u van mij?", "nl"),
            null);
    assertThat(created.statusCode()).isEqualTo(201);
    String reference = Api.reference(created);
    String statusLink =
        created
            .body()
            .replaceAll(".*\"statusUrl\":\"[^\"]*(/intake/status\\.xhtml[^\"]*)\".*", "$1");
    TestDatabase.markVerified(reference);
    String id = TestDatabase.query("SELECT id FROM request WHERE reference = ?", reference).get();
    LocalDate firstDue = answerDue(reference, false);
    LocalDate extendedDue = answerDue(reference, true);

    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + id);
      assertThat(staff.text(By.id("answerDue"))).isEqualTo(en.get("deadline.staff.notForwarded"));
      staff.forwardTo(en, "Acme Retail", ACME);
      assertThat(staff.text(By.id("answerDue"))).isEqualTo(long_(firstDue, "en-GB"));
    }

    String reason =
        "We hold your data in three systems and must ask our supplier for the archived orders.";
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.go("/customer/request.xhtml?id=" + id);
      assertThat(acme.text(By.id("answerDue"))).isEqualTo(long_(firstDue, "en-GB"));
      assertThat(acme.text()).contains(en.get("customer.answerDue.hint"));

      // no reason: a message at the field, nothing recorded
      acme.press(en.get("deadline.extension.button"));
      acme.waitForText(en.get("deadline.extension.reasonRequired"));
      assertThat(acme.text(By.id("extendForm:extensionReasonError")))
          .isEqualTo(en.get("deadline.extension.reasonRequired"));
      assertThat(extendedAt(id)).isEmpty();
      acme.screenshot("deadlines-customer-reason-required-1280");

      // the reason, then the new date to confirm before anything is recorded
      acme.fill(en.get("deadline.extension.reason"), reason)
          .press(en.get("deadline.extension.button"));
      acme.waitForText(en.get("deadline.extension.confirm", long_(extendedDue, "en-GB")));
      assertThat(acme.text(By.id("extendForm:extendConfirm")))
          .contains(en.get("deadline.extension.confirm", long_(extendedDue, "en-GB")), reason);
      assertThat(acme.focusedId())
          .as("the keyboard is at the confirmation")
          .isEqualTo("extendForm:confirmExtension");
      assertThat(extendedAt(id)).as("not before the confirmation").isEmpty();
      acme.screenshot("deadlines-customer-confirm-1280");
      fits(acme, "the extension's confirmation");

      acme.press(en.get("deadline.extension.confirmButton"));
      acme.waitForText(en.get("deadline.extension.done", reference));
      assertThat(acme.text(By.id("answerDue"))).isEqualTo(long_(extendedDue, "en-GB"));
      assertThat(acme.text(By.id("extension")))
          .contains(" " + long_(extendedDue, "en-GB") + ".", reason);
      assertThat(acme.all(By.id("extendForm"))).as("one extension only").isEmpty();
      acme.screenshot("deadlines-customer-extended-1280");
      acme.windowWidth(390);
      acme.screenshot("deadlines-customer-extended-390");
      acme.windowWidth(1280);
      fits(acme, "the customer's extended request");

      acme.go("/customer/requests.xhtml?q=" + reference);
      String row =
          acme.all(By.xpath("//tr[.//a[normalize-space()='" + reference + "']]")).get(0).getText();
      assertThat(row).contains(long_(extendedDue, "en-GB"), en.get("deadline.extension.marker"));
    }
    assertThat(
            TestDatabase.query(
                "SELECT extension_reason FROM forwarding WHERE request_id = ?"
                    + " AND extended_by = 'acme'",
                id))
        .hasValue(reason);
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'ANSWER_PERIOD_EXTENDED'"
                    + " AND object_id = ? AND actor = 'acme'",
                id))
        .hasValue("1");

    // the subject, in Dutch: the mail and the status page name the new date and the reason
    Mail told = mails.await(email, nl.get("deadline.mail.extended.subject", reference));
    assertThat(told.body).contains("Lotte Janssens", ACME, long_(extendedDue, "nl"), reason);
    try (Browser subject = Browser.open(BASE, "nl")) {
      subject.go(statusLink);
      assertThat(subject.text(By.id("answerDue"))).isEqualTo(long_(extendedDue, "nl-BE"));
      assertThat(subject.text(By.id("extension"))).contains(reason);
      assertThat(subject.text())
          .contains(nl.get("deadline.subject.extended"), nl.get("deadline.subject.due.hint"));
      subject.screenshot("deadlines-status-1280");
      subject.windowWidth(390);
      subject.screenshot("deadlines-status-390");
      subject.windowWidth(1280);
      fits(subject, "the subject's status page with an extension");
    }

    // staff: the extended date, by whom and why; and in the API
    String admin = TestDatabase.createAdministrator("deadlines", PASSWORD);
    String token;
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs(admin, PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + id);
      assertThat(staff.text(By.id("answerDue"))).isEqualTo(long_(extendedDue, "en-GB"));
      assertThat(staff.text(By.id("answerExtension")))
          .contains("acme", long_(firstDue, "en-GB"), reason);
      staff.screenshot("deadlines-staff-1280");
      fits(staff, "the staff request page with the customer's deadline");
      staff.follow(admin).follow(en.get("nav.apiTokens"));
      staff.fill(en.get("apiTokens.name"), "Deadlines").press(en.get("apiTokens.create"));
      staff.waitForText(en.get("apiTokens.secret.once"));
      token = staff.text(By.id("newTokenSecret"));
    }
    HttpResponse<String> view =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(BASE + "/api/v1/requests/" + reference))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(view.statusCode()).isEqualTo(200);
    assertThat(view.body())
        .contains("\"answerDue\":\"" + extendedDue + "\"", "\"answerExtended\":true");
  }

  @Test
  void anAuthorityDemandHasNoDeadlineToExtend() throws Exception {
    String authority = "Public Prosecutor " + UUID.randomUUID().toString().substring(0, 8);
    String id;
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.follow(en.get("nav.newRequest"));
      staff
          .select(en.get("entry.origin"), en.get("origin.AUTHORITY"))
          .select(en.get("entry.channel"), en.get("channel.LETTER"))
          .fill(en.get("intake.name"), "Customer 4712")
          .fill(en.get("intake.organisation"), "Acme Retail")
          .select(en.get("intake.right"), en.get("right.OTHER"))
          .fill(en.get("intake.description"), "Hand over the order history of customer 4712.")
          .fill(en.get("entry.authority"), authority)
          .fill(en.get("entry.legalBasis"), "Art. 46bis Code of Criminal Procedure")
          .press(en.get("entry.submit"));
      staff.waitForText(en.get("entry.enteredBy"));
      id = TestDatabase.query("SELECT id FROM request WHERE authority = ?", authority).get();
      staff.forwardTo(en, "Acme Retail", ACME);
      assertThat(staff.text(By.id("answerDue")))
          .isEqualTo(en.get("deadline.staff.notApplicable.AUTHORITY"));
    }
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.go("/customer/request.xhtml?id=" + id);
      assertThat(acme.text(By.id("authority"))).isEqualTo(authority);
      assertThat(acme.all(By.id("answerDue"))).isEmpty();
      assertThat(acme.all(By.id("extendForm"))).as("nothing to extend").isEmpty();
      assertThat(acme.text()).doesNotContain(en.get("deadline.extension.title"));
    }
  }

  private static String due(String query) throws Exception {
    HttpResponse<String> answer = get("/api/v1/deadlines?" + query);
    assertThat(answer.statusCode()).as(query).isEqualTo(200);
    return answer.body().replaceAll(".*\"due\":\"([0-9-]+)\".*", "$1");
  }

  private static void refused(String query, String parameter) throws Exception {
    HttpResponse<String> answer = get("/api/v1/deadlines?" + query);
    assertThat(answer.statusCode()).as(query).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type"))
        .as(query)
        .hasValue("application/problem+json");
    assertThat(answer.body())
        .as(query)
        .contains("\"status\":400", "\"field\":\"" + parameter + "\"");
  }

  /** A call without a token or a session, as anyone on the internet makes it. */
  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(BASE + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static java.util.Optional<String> extendedAt(String requestId) throws Exception {
    return TestDatabase.query(
        "SELECT extended_at FROM forwarding WHERE request_id = ? AND extended_at IS NOT NULL",
        requestId);
  }

  /** The page passes axe and fits a phone's 390 px without sideways scrolling. */
  private static void fits(Browser page, String what) throws Exception {
    assertThat(page.accessibilityViolations()).as("axe on " + what).isEmpty();
    page.windowWidth(390);
    assertThat(page.sidewaysOverflow()).as(what + " at 390 px").isEmpty();
    page.windowWidth(1280);
  }

  private static String long_(LocalDate date, String locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Locale.forLanguageTag(locale))
        .format(date);
  }

  /** The art. 12(3) deadline as the rule gives it for the request's day of receipt at Acme. */
  private static LocalDate answerDue(String reference, boolean extended) throws Exception {
    LocalDate received =
        LocalDateTime.parse(
                TestDatabase.query("SELECT received_at FROM request WHERE reference = ?", reference)
                    .orElseThrow()
                    .replace(' ', 'T'))
            .atOffset(ZoneOffset.UTC)
            .atZoneSameInstant(ZoneId.of("Europe/Brussels"))
            .toLocalDate();
    String calendar =
        TestDatabase.query("SELECT holiday_calendar FROM customer WHERE name = ?", ACME)
            .orElseThrow();
    return new AnswerDeadline(received, HolidayCalendar.valueOf(calendar), extended).due();
  }
}
