package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.customer.domain.ServiceLevels;
import eu.dsrportal.customer.domain.ServiceLevels.ForwardSlaUnit;
import eu.dsrportal.routing.domain.ServiceClock;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Our own clock in the lists (docs/service-clock.md): requests seeded by SQL with their receipt and
 * forward in the past and their stored next deadline, shown in the inbox and the customer's list
 * with their state in words (overdue, due today, on time), filtered to the overdue ones, and sorted
 * by deadline as SQL sorts them. The reminder job itself is tested in ServicesIT.
 */
@SharedPortal(PortalConfig.STANDARD)
class ServiceClockIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final ServiceClock CLOCK =
      new ServiceClock(new ServiceLevels(1, ForwardSlaUnit.WORKING_DAYS, 3, 2, 2), BRUSSELS);
  private static final String RUN = randomLetters(6);
  private static final String MARKER = "Clck" + RUN;
  private static final String STAFF = "clock-staff-" + RUN;
  private static final String ACME_USER = "clock-acme-" + RUN;

  /** The seeded requests: their references by role in the test. */
  private static String notForwardedLate;

  private static String forwardedOnTime;
  private static String answerDueToday;
  private static String notAcknowledgedLate;
  private static String closed;

  private final Bundle en = new Bundle("en");

  @BeforeAll
  static void seed() throws Exception {
    long acme =
        Long.parseLong(
            TestDatabase.query("SELECT id FROM customer WHERE name = 'Acme Retail NV'")
                .orElseThrow());
    TestDatabase.createUser(STAFF, PASSWORD, "SUPPORT", null);
    TestDatabase.createUser(ACME_USER, PASSWORD, "CUSTOMER", acme);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant tenDaysAgo = now.minus(Duration.ofDays(10));
    Instant twentyDaysAgo = now.minus(Duration.ofDays(20));
    Instant monthAgo = now.minus(Duration.ofDays(31));
    Instant endOfToday = ServiceClock.endOf(LocalDate.now(BRUSSELS), BRUSSELS);

    // received ten days ago, never forwarded: our forwarding SLA is long past
    notForwardedLate = request(1, "RECEIVED", tenDaysAgo);
    deadline(notForwardedLate, CLOCK.forwardingDue(tenDaysAgo), "FORWARD", null);
    // forwarded an hour ago: the acknowledgement is due in three working days
    forwardedOnTime = request(2, "FORWARDED", now.minus(Duration.ofHours(3)));
    forwarding(forwardedOnTime, acme, now.minus(Duration.ofHours(1)), false);
    deadline(
        forwardedOnTime,
        CLOCK.acknowledgementDue(now.minus(Duration.ofHours(1))),
        "ACKNOWLEDGE",
        acme);
    // acknowledged; its art. 12(3) deadline ends tonight
    answerDueToday = request(3, "ACKNOWLEDGED", monthAgo);
    forwarding(answerDueToday, acme, monthAgo.plus(Duration.ofHours(1)), true);
    deadline(answerDueToday, endOfToday, "ANSWER", acme);
    // forwarded twenty days ago, never acknowledged
    notAcknowledgedLate = request(4, "FORWARDED", twentyDaysAgo);
    forwarding(notAcknowledgedLate, acme, twentyDaysAgo.plus(Duration.ofHours(1)), false);
    deadline(
        notAcknowledgedLate,
        CLOCK.acknowledgementDue(twentyDaysAgo.plus(Duration.ofHours(1))),
        "ACKNOWLEDGE",
        acme);
    // closed: no deadline at all
    closed = request(5, "CLOSED", tenDaysAgo);
  }

  @AfterAll
  static void removeSeededRows() throws SQLException {
    String mine = "SELECT id FROM request WHERE submission_key LIKE '" + MARKER + "-%'";
    TestDatabase.update("DELETE FROM forwarding WHERE request_id IN (" + mine + ")");
    // deadlines and reminders go with their request (ON DELETE CASCADE)
    TestDatabase.update("DELETE FROM request WHERE submission_key LIKE ?", MARKER + "-%");
  }

  @Test
  void theInboxShowsFiltersAndSortsByTheNextDeadline() throws Exception {
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs(STAFF, PASSWORD, en);
      staff.go("/staff/inbox.xhtml");
      filter(staff, () -> staff.select(en.get("inbox.status"), en.get("inbox.verifiedOnly")));
      staff.fill(en.get("inbox.search"), MARKER).press(en.get("inbox.search.button"));

      // the state in words, whose deadline it is, and nothing for a closed request
      assertThat(row(staff, notForwardedLate))
          .contains(en.get("clock.state.OVERDUE"), en.get("clock.kind.FORWARD"));
      assertThat(row(staff, forwardedOnTime))
          .contains(en.get("clock.state.OK"), en.get("clock.kind.ACKNOWLEDGE"));
      assertThat(row(staff, answerDueToday))
          .contains(en.get("clock.state.DUE_TODAY"), en.get("clock.kind.ANSWER"));
      assertThat(row(staff, notAcknowledgedLate)).contains(en.get("clock.state.OVERDUE"));
      assertThat(row(staff, closed))
          .doesNotContain(
              en.get("clock.state.OVERDUE"),
              en.get("clock.state.OK"),
              en.get("clock.state.DUE_TODAY"));
      // colour is only a second signal: the class, besides the words
      assertThat(
              staff.all(
                  By.xpath(
                      "//tr[.//a[normalize-space()='"
                          + notForwardedLate
                          + "']]//*[contains(@class,'due-overdue')]")))
          .hasSize(1);
      assertThat(staff.accessibilityViolations()).as("axe on the inbox").isEmpty();

      // sorted by deadline: soonest first, none last, as SQL says
      filter(staff, () -> staff.select(en.get("inbox.sort"), en.get("inbox.sort.DEADLINE")));
      assertThat(shown(staff, "inbox:rows"))
          .containsExactlyElementsOf(byDeadline("r.status <> 'UNVERIFIED'"))
          .containsExactly(
              notAcknowledgedLate, notForwardedLate, answerDueToday, forwardedOnTime, closed);
      staff.windowWidth(390);
      assertThat(staff.sidewaysOverflow()).as("inbox at 390 px").isEmpty();
      staff.screenshot("clock-inbox-390");
      staff.windowWidth(1280);
      staff.screenshot("clock-inbox-1280");

      // overdue only
      filter(staff, () -> staff.choose(en.get("clock.filter.overdue")));
      assertThat(shown(staff, "inbox:rows")).containsExactly(notAcknowledgedLate, notForwardedLate);
    }
  }

  @Test
  void theCustomerSeesTheDeadlineStateOfEachOfItsRequests() throws Exception {
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.logInAs(ACME_USER, PASSWORD, en);
      customer.go("/customer/requests.xhtml");
      customer.fill(en.get("inbox.search"), MARKER);
      customer.select(en.get("inbox.sort"), en.get("inbox.sort.DEADLINE"));
      customer.press(en.get("inbox.search.button"));

      assertThat(shown(customer, "requests"))
          .containsExactlyElementsOf(byDeadline("f.customer_id IS NOT NULL"))
          .containsExactly(notAcknowledgedLate, answerDueToday, forwardedOnTime);
      assertThat(row(customer, notAcknowledgedLate))
          .contains(en.get("clock.state.OVERDUE"), en.get("clock.kind.ACKNOWLEDGE"));
      assertThat(row(customer, answerDueToday)).contains(en.get("clock.state.DUE_TODAY"));
      assertThat(row(customer, forwardedOnTime)).contains(en.get("clock.state.OK"));
      assertThat(customer.accessibilityViolations()).as("axe on the customer's list").isEmpty();
      customer.windowWidth(390);
      assertThat(customer.sidewaysOverflow()).as("customer list at 390 px").isEmpty();
      customer.screenshot("clock-customer-list-390");
      customer.windowWidth(1280);
      customer.screenshot("clock-customer-list-1280");

      customer.choose(en.get("clock.filter.overdue"));
      customer.press(en.get("inbox.search.button"));
      assertThat(shown(customer, "requests")).containsExactly(notAcknowledgedLate);
    }
  }

  @Test
  void staffSeeOurClockOnTheRequestPage() throws Exception {
    String id =
        TestDatabase.query("SELECT id FROM request WHERE reference = ?", notAcknowledgedLate)
            .orElseThrow();
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs(STAFF, PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + id);
      String panel = staff.text(By.id("serviceClock"));
      assertThat(panel)
          .contains(
              en.get("clock.panel.title"),
              en.get("clock.panel.ackDue"),
              en.get("clock.panel.escalation"),
              en.get("clock.panel.reminders"));
      assertThat(staff.text(By.id("clockAcknowledgedAt"))).isEqualTo(en.get("clock.panel.notYet"));
      assertThat(staff.accessibilityViolations()).as("axe on the request page").isEmpty();
      staff.windowWidth(390);
      assertThat(staff.sidewaysOverflow()).as("request page at 390 px").isEmpty();
      staff.screenshot("clock-request-390");
      staff.windowWidth(1280);
      staff.screenshot("clock-request-1280");
    }
  }

  @Test
  void anAdministratorSetsACustomersServiceLevelsWithinBounds() throws Exception {
    String customer =
        TestDatabase.query("SELECT id FROM customer WHERE name = 'Brasserie De Kroon BV'")
            .orElseThrow();
    try (Browser admin = Browser.open(BASE, "en")) {
      admin.logInAs(TestDatabase.createAdministrator("clock", PASSWORD), PASSWORD, en);
      admin.go("/admin/customer.xhtml?id=" + customer);
      admin.fill(en.get("clock.settings.acknowledgeDays"), "0");
      admin.press(en.get("clock.settings.save"));
      admin.waitForText(en.get("clock.error.days"));
      assertThat(
              TestDatabase.query(
                  "SELECT acknowledge_days FROM customer_service_level WHERE customer_id = ?",
                  customer))
          .isEmpty();
      admin.fill(en.get("clock.settings.acknowledgeDays"), "4");
      admin.press(en.get("clock.settings.save"));
      admin.waitForText(en.get("clock.settings.saved"));
      assertThat(
              TestDatabase.query(
                  "SELECT acknowledge_days FROM customer_service_level WHERE customer_id = ?",
                  customer))
          .contains("4");
      assertThat(admin.accessibilityViolations()).as("axe on the customer page").isEmpty();
      admin.windowWidth(390);
      admin.screenshot("clock-admin-levels-390");
      admin.windowWidth(1280);
      // back to the default: an empty field
      admin.fill(en.get("clock.settings.acknowledgeDays"), "");
      admin.press(en.get("clock.settings.save"));
      admin.waitForText(en.get("clock.settings.saved"));
      assertThat(
              TestDatabase.query(
                  "SELECT COALESCE(acknowledge_days, 'default') FROM customer_service_level"
                      + " WHERE customer_id = ?",
                  customer))
          .contains("default");
    }
  }

  /** What SQL says: this run's references meeting the condition, in deadline order. */
  private static List<String> byDeadline(String condition) throws SQLException {
    List<String> references = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT r.reference FROM request r"
                    + " LEFT JOIN request_deadline d ON d.request_id = r.id"
                    + " LEFT JOIN forwarding f ON f.request_id = r.id"
                    + " WHERE r.submission_key LIKE ? AND "
                    + condition
                    + " ORDER BY d.next_due_at IS NULL, d.next_due_at, r.id")) {
      s.setString(1, MARKER + "-%");
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          references.add(rs.getString(1));
        }
      }
    }
    return references;
  }

  private static String row(Browser browser, String reference) {
    return browser.text(By.xpath("//tr[.//a[normalize-space()='" + reference + "']]"));
  }

  private static List<String> shown(Browser browser, String tableId) {
    return browser.all(By.cssSelector("[id='" + tableId + "'] tbody tr a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Changes a filter, which updates the list by ajax, and waits until it has. */
  private static void filter(Browser browser, Runnable change) {
    WebElement list = browser.all(By.id("inbox:requests")).get(0);
    change.run();
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () -> {
              try {
                list.isDisplayed();
                return false;
              } catch (StaleElementReferenceException replaced) {
                return true;
              }
            });
  }

  private static String request(int i, String status, Instant receivedAt) throws SQLException {
    boolean isClosed = status.equals("CLOSED");
    String reference = "DSR-2020-%06d".formatted(100_000 + new Random().nextInt(800_000));
    TestDatabase.update(
        "INSERT INTO request (reference, submission_key, channel, subject_name, subject_email,"
            + " organisation, data_subject_right, description, language, status, received_at,"
            + " version, close_reason, closed_at, closed_by)"
            + " VALUES (?, ?, 'EMAIL', ?, ?, ?, 'ACCESS', 'seeded', 'NL', ?, ?, 0, ?, ?, ?)",
        reference,
        MARKER + "-" + i,
        "Person" + i + " " + MARKER,
        "p" + i + "@" + MARKER.toLowerCase() + ".example",
        MARKER + " Retail",
        status,
        utc(receivedAt),
        isClosed ? "ANSWERED" : null,
        isClosed ? utc(receivedAt.plus(Duration.ofHours(1))) : null,
        isClosed ? "support" : null);
    return reference;
  }

  private static void forwarding(String reference, long customer, Instant at, boolean acknowledged)
      throws SQLException {
    TestDatabase.update(
        "INSERT INTO forwarding (request_id, customer_id, forwarded_at, forwarded_by,"
            + " acknowledged_at, acknowledged_by, version)"
            + " SELECT id, ?, ?, 'support', ?, ?, 0 FROM request WHERE reference = ?",
        customer,
        utc(at),
        acknowledged ? utc(at.plus(Duration.ofHours(1))) : null,
        acknowledged ? "acme" : null,
        reference);
  }

  private static void deadline(String reference, Instant due, String kind, Long customer)
      throws SQLException {
    TestDatabase.update(
        "INSERT INTO request_deadline (request_id, next_due_at, next_due_kind, customer_id,"
            + " computed_at) SELECT id, ?, ?, ?, UTC_TIMESTAMP(6) FROM request WHERE reference = ?",
        utc(due),
        kind,
        customer,
        reference);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String randomLetters(int length) {
    Random random = new Random();
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }
}
