package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The inbox a team works, over 10,000 requests seeded by SQL (all with one organisation word of
 * this run, so no other class's rows count, and deleted again at the end): search by each key,
 * keyset paging compared with what SQL's ORDER BY says, the filters, bulk actions, assignment and
 * notes, the customer's own list, and a support user working with the keyboard only.
 */
@SharedPortal(PortalConfig.STANDARD)
class InboxSearchIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final int ROWS = 10_000;
  private static final int PAGE = 20;
  private static final String[] SURNAMES = {
    "Janssens",
    "Peeters",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "Dubois"
  };
  private static final String[] STATUSES = {
    "RECEIVED", "FORWARDED", "ACKNOWLEDGED", "CLOSED", "RECEIVED"
  };
  private static final String[] RIGHTS = {"ACCESS", "ERASURE", "OBJECTION", "RECTIFICATION"};
  private static final String[] CHANNELS = {"WEB_FORM", "EMAIL", "LETTER"};
  private static final DateTimeFormatter SQL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
  // rows of their own for the bulk and keyboard tests: received, nobody assigned
  private static final int[] BULK = {5001, 5002, 5003};
  private static final int[] KEYBOARD = {6001, 6002};

  private static final String RUN = randomLetters(6);

  /** The organisation word of this run's rows: a word no other row has. */
  private static final String MARKER = "Inbx" + RUN;

  private static final String ANN = "inbox-ann-" + RUN;
  private static final String BOB = "inbox-bob-" + RUN;
  private static final String ACME_USER = "inbox-acme-" + RUN;

  private static long acmeId;
  private static long kroonId;
  private static final Map<Integer, Long> ids = new HashMap<>();

  private final Bundle en = new Bundle("en");

  @BeforeAll
  static void seed() throws Exception {
    acmeId = Long.parseLong(id("SELECT id FROM customer WHERE name = 'Acme Retail NV'"));
    kroonId = Long.parseLong(id("SELECT id FROM customer WHERE name = 'Brasserie De Kroon BV'"));
    TestDatabase.createUser(ANN, PASSWORD, "SUPPORT", null);
    TestDatabase.createUser(BOB, PASSWORD, "SUPPORT", null);
    TestDatabase.createUser(ACME_USER, PASSWORD, "CUSTOMER", acmeId);
    long started = System.nanoTime();
    long referenceBase = 1_000_000_000L + new Random().nextInt(800_000) * 10_000L;
    // newest two days ago, every three rows share their instant (the id breaks the tie), oldest
    // some 400 days ago: an "older than 200 days" filter cuts the set in two
    Instant newest = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      for (int from = 0; from < ROWS; from += 500) {
        StringJoiner values = new StringJoiner(",");
        for (int i = from; i < from + 500; i++) {
          String status = special(i) ? "RECEIVED" : STATUSES[i % 5];
          boolean closed = status.equals("CLOSED");
          values.add(
              "('DSR-2021-%d', '%s-%d', '%s', '%s', '%s', '%s', '%s', 'seeded', 'NL', '%s', '%s', 0, %s, %s, %s)"
                  .formatted(
                      referenceBase + i,
                      MARKER,
                      i,
                      CHANNELS[i % 3],
                      nameOf(i),
                      emailOf(i),
                      MARKER + (i % 2 == 0 ? " Retail" : " Logistics"),
                      RIGHTS[i % 4],
                      status,
                      sql(receivedAt(newest, i)),
                      closed ? "'ANSWERED'" : "NULL",
                      closed ? "'" + sql(receivedAt(newest, i).plusSeconds(3600)) + "'" : "NULL",
                      closed ? "'support'" : "NULL"));
        }
        s.executeUpdate(
            "INSERT INTO request (reference, submission_key, channel, subject_name, subject_email,"
                + " organisation, data_subject_right, description, language, status, received_at,"
                + " version, close_reason, closed_at, closed_by) VALUES "
                + values);
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT id, submission_key FROM request WHERE submission_key LIKE '"
                  + MARKER
                  + "-%'")) {
        while (rs.next()) {
          ids.put(Integer.parseInt(rs.getString(2).substring(MARKER.length() + 1)), rs.getLong(1));
        }
      }
      StringJoiner forwardings = new StringJoiner(",");
      StringJoiner assignments = new StringJoiner(",");
      for (int i = 0; i < ROWS; i++) {
        String status = special(i) ? "RECEIVED" : STATUSES[i % 5];
        if (status.equals("FORWARDED") || status.equals("ACKNOWLEDGED")) {
          String at = sql(receivedAt(newest, i).plusSeconds(600));
          boolean acknowledged = status.equals("ACKNOWLEDGED");
          forwardings.add(
              "(%d, %d, '%s', 'support', %s, %s, 0)"
                  .formatted(
                      ids.get(i),
                      customerOf(i),
                      at,
                      acknowledged ? "'" + at + "'" : "NULL",
                      acknowledged ? "'acme'" : "NULL"));
        }
        String assignee = assigneeOf(i);
        if (assignee != null) {
          assignments.add(
              "(%d, '%s', 'support', '%s', 0)".formatted(ids.get(i), assignee, sql(newest)));
        }
      }
      s.executeUpdate(
          "INSERT INTO forwarding (request_id, customer_id, forwarded_at, forwarded_by,"
              + " acknowledged_at, acknowledged_by, version) VALUES "
              + forwardings);
      s.executeUpdate(
          "INSERT INTO request_assignment (request_id, assignee, assigned_by, assigned_at, version)"
              + " VALUES "
              + assignments);
    }
    assertThat(ids).hasSize(ROWS);
    System.out.printf(
        "InboxSearchIT: %d requests seeded in %d ms%n",
        ROWS, (System.nanoTime() - started) / 1_000_000);
  }

  /** This run's rows leave the shared database, so later classes see the inbox as before. */
  @AfterAll
  static void removeSeededRows() throws SQLException {
    String mine = "SELECT id FROM request WHERE submission_key LIKE '" + MARKER + "-%'";
    TestDatabase.update("DELETE FROM forwarding WHERE request_id IN (" + mine + ")");
    // assignments and notes go with their request (ON DELETE CASCADE)
    TestDatabase.update("DELETE FROM request WHERE submission_key LIKE ?", MARKER + "-%");
  }

  private static String status(long id) throws SQLException {
    return TestDatabase.query("SELECT status FROM request WHERE id = ?", id).orElseThrow();
  }

  private static boolean special(int i) {
    for (int j : BULK) {
      if (i == j) {
        return true;
      }
    }
    for (int j : KEYBOARD) {
      if (i == j) {
        return true;
      }
    }
    return false;
  }

  private static String nameOf(int i) {
    if (i == BULK[0] || i == BULK[1] || i == BULK[2]) {
      return "Bulkcase Person" + i;
    }
    if (i == KEYBOARD[0] || i == KEYBOARD[1]) {
      return "Keycase Person" + i;
    }
    return "Person" + i + " " + SURNAMES[i % SURNAMES.length];
  }

  private static String emailOf(int i) {
    return "p" + i + "@" + MARKER.toLowerCase() + ".example";
  }

  private static long customerOf(int i) {
    return (i / 5) % 2 == 0 ? acmeId : kroonId;
  }

  private static String assigneeOf(int i) {
    if (special(i)) {
      return null;
    }
    return i % 7 == 0 ? ANN : i % 11 == 0 ? BOB : null;
  }

  private static Instant receivedAt(Instant newest, int i) {
    return newest.minus(Duration.ofMinutes(170L * (i / 3)));
  }

  private static String sql(Instant instant) {
    return SQL_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  private static String id(String sql) throws SQLException {
    return TestDatabase.query(sql).orElseThrow();
  }

  private static String randomLetters(int length) {
    Random random = new Random();
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  private static String reference(int i) throws SQLException {
    return TestDatabase.query("SELECT reference FROM request WHERE id = ?", ids.get(i))
        .orElseThrow();
  }

  /** What SQL says: the references of this run's rows meeting the condition, in that order. */
  private static List<String> expected(String condition, String order, int offset, Object... params)
      throws SQLException {
    List<String> references = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT r.reference FROM request r"
                    + " LEFT JOIN request_assignment a ON a.request_id = r.id"
                    + " LEFT JOIN forwarding f ON f.request_id = r.id"
                    + " WHERE r.submission_key LIKE ? AND "
                    + condition
                    + " ORDER BY "
                    + order
                    + " LIMIT "
                    + PAGE
                    + " OFFSET "
                    + offset)) {
      s.setString(1, MARKER + "-%");
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 2, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          references.add(rs.getString(1));
        }
      }
    }
    return references;
  }

  private static final String NEWEST = "r.received_at DESC, r.id DESC";
  private static final String OLDEST = "r.received_at ASC, r.id ASC";

  /** The references the inbox shows, top to bottom. */
  private static List<String> shown(Browser browser) {
    return browser.all(By.cssSelector("[id='inbox:rows'] tbody tr a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static List<String> shownToCustomer(Browser browser) {
    return browser.all(By.cssSelector("[id='requests'] tbody tr a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Chooses a filter, which updates the list by ajax, and waits until it has. */
  private static void filter(Browser browser, String label, String option) {
    // with ChromeDriver 150 the page was sometimes not all there yet just after it loaded
    WebElement list =
        Awaitility.await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> browser.all(By.id("inbox:requests")), lists -> !lists.isEmpty())
            .get(0);
    browser.select(label, option);
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

  private Browser staff(String username) {
    Browser browser = Browser.open(BASE, "en");
    browser.logInAs(username, PASSWORD, en);
    browser.go("/staff/inbox.xhtml");
    return browser;
  }

  private void search(Browser browser, String text) {
    browser.fill(en.get("inbox.search"), text).press(en.get("inbox.search.button"));
  }

  @Test
  void eachKeyFindsItsRequests() throws Exception {
    try (Browser staff = staff(ANN)) {
      filter(staff, en.get("inbox.status"), en.get("inbox.verifiedOnly"));
      // the reference, exactly (typed in lower case)
      search(staff, reference(1234).toLowerCase());
      assertThat(shown(staff)).containsExactly(reference(1234));
      // the subject's e-mail address, exactly
      search(staff, emailOf(4321));
      assertThat(shown(staff)).containsExactly(reference(4321));
      // words of the subject's name (a prefix too)
      search(staff, "person4242 " + SURNAMES[4242 % 10].toLowerCase());
      assertThat(shown(staff)).containsExactly(reference(4242));
      // words of the organisation
      search(staff, "logistics " + MARKER);
      assertThat(shown(staff))
          .containsExactlyElementsOf(
              expected("r.status <> 'UNVERIFIED' AND r.organisation LIKE '%Logistics'", NEWEST, 0));
      // the customer it is forwarded to
      search(staff, MARKER);
      filter(staff, en.get("request.customer"), "Brasserie De Kroon BV");
      assertThat(shown(staff))
          .hasSize(PAGE)
          .containsExactlyElementsOf(
              expected("r.status <> 'UNVERIFIED' AND f.customer_id = ?", NEWEST, 0, kroonId));
      assertThat(staff.text(By.id("inbox:requests"))).contains("Brasserie De Kroon BV");
      // nothing found: said so
      search(staff, "Nothingsuch" + RUN);
      assertThat(staff.text(By.id("inbox:requests"))).contains(en.get("inbox.empty"));
      // a search for nothing searchable: a message, not a crash
      search(staff, "a b");
      assertThat(staff.text()).contains(en.get("search.error.tooShort"));
    }
  }

  @Test
  void keysetPagesFollowTheOrderSqlGivesForwardAndBack() throws Exception {
    String all = "r.status <> 'UNVERIFIED'";
    try (Browser staff = staff(ANN)) {
      filter(staff, en.get("inbox.status"), en.get("inbox.verifiedOnly"));
      search(staff, MARKER);
      assertThat(shown(staff)).containsExactlyElementsOf(expected(all, NEWEST, 0));
      assertThat(staff.all(By.id("inbox:previous"))).as("no page before the first").isEmpty();
      for (int page = 1; page <= 4; page++) {
        staff.press(en.get("inbox.next"));
        assertThat(shown(staff))
            .as("page %d", page)
            .containsExactlyElementsOf(expected(all, NEWEST, page * PAGE));
      }
      for (int page = 3; page >= 2; page--) {
        staff.press(en.get("inbox.previous"));
        assertThat(shown(staff))
            .as("back to page %d", page)
            .containsExactlyElementsOf(expected(all, NEWEST, page * PAGE));
      }
      // oldest first, over the same rows
      filter(staff, en.get("inbox.sort"), en.get("inbox.sort.OLDEST_FIRST"));
      assertThat(shown(staff)).containsExactlyElementsOf(expected(all, OLDEST, 0));
      staff.press(en.get("inbox.next"));
      staff.press(en.get("inbox.next"));
      assertThat(shown(staff)).containsExactlyElementsOf(expected(all, OLDEST, 2 * PAGE));
      staff.press(en.get("inbox.previous"));
      assertThat(shown(staff)).containsExactlyElementsOf(expected(all, OLDEST, PAGE));
      staff.press(en.get("inbox.previous"));
      assertThat(shown(staff)).containsExactlyElementsOf(expected(all, OLDEST, 0));
      assertThat(staff.all(By.id("inbox:previous"))).isEmpty();
    }
  }

  @Test
  void filtersNarrowTheList() throws Exception {
    try (Browser staff = staff(ANN)) {
      filter(staff, en.get("inbox.status"), en.get("inbox.verifiedOnly"));
      search(staff, MARKER);
      filter(staff, en.get("inbox.assigned"), en.get("inbox.assigned.mine"));
      assertThat(shown(staff))
          .hasSize(PAGE)
          .containsExactlyElementsOf(
              expected("r.status <> 'UNVERIFIED' AND a.assignee = ?", NEWEST, 0, ANN));
      filter(staff, en.get("inbox.assigned"), "Test " + BOB + " (" + BOB + ")");
      assertThat(shown(staff))
          .containsExactlyElementsOf(
              expected("r.status <> 'UNVERIFIED' AND a.assignee = ?", NEWEST, 0, BOB));
      assertThat(staff.text(By.id("inbox:requests"))).contains(BOB).doesNotContain(ANN);
      filter(staff, en.get("inbox.assigned"), en.get("inbox.assigned.none"));
      assertThat(shown(staff))
          .containsExactlyElementsOf(
              expected("r.status <> 'UNVERIFIED' AND a.request_id IS NULL", NEWEST, 0));
      filter(staff, en.get("inbox.assigned"), en.get("inbox.any"));

      filter(staff, en.get("inbox.status"), en.get("status.CLOSED"));
      filter(staff, en.get("request.right"), en.get("right.OBJECTION"));
      filter(staff, en.get("entry.channel"), en.get("channel.LETTER"));
      assertThat(shown(staff))
          .hasSize(PAGE)
          .containsExactlyElementsOf(
              expected(
                  "r.status = 'CLOSED' AND r.data_subject_right = 'OBJECTION' AND r.channel = 'LETTER'",
                  NEWEST,
                  0));
      filter(staff, en.get("request.right"), en.get("inbox.any"));
      filter(staff, en.get("entry.channel"), en.get("inbox.any"));
      filter(staff, en.get("inbox.status"), en.get("inbox.verifiedOnly"));

      // older than 200 days, in Brussels days
      staff.fill(en.get("inbox.olderThan"), "200").press(en.get("inbox.search.button"));
      LocalDateTime before =
          LocalDateTime.ofInstant(
              LocalDate.now(BRUSSELS).minusDays(200).atStartOfDay(BRUSSELS).toInstant(),
              ZoneOffset.UTC);
      assertThat(shown(staff))
          .hasSize(PAGE)
          .containsExactlyElementsOf(
              expected("r.status <> 'UNVERIFIED' AND r.received_at < ?", NEWEST, 0, before));
      String age =
          staff.text(By.cssSelector("[id='inbox:rows'] tbody tr:first-child td:nth-child(4)"));
      assertThat(Integer.parseInt(age.replaceAll("\\D", ""))).isGreaterThan(200);
    }
  }

  @Test
  void selectedRowsAreAssignedAndClosedAsSpamAndARowClosedMeanwhileIsReported() throws Exception {
    List<String> references = new ArrayList<>();
    for (int i : BULK) {
      references.add(reference(i));
    }
    try (Browser staff = staff(ANN)) {
      search(staff, "bulkcase " + MARKER);
      assertThat(shown(staff)).containsExactlyInAnyOrderElementsOf(references);
      staff
          .all(By.cssSelector("[id='inbox:rows'] input[type=checkbox]"))
          .forEach(WebElement::click);
      staff.select(en.get("inbox.bulk.assignee"), "Test " + BOB + " (" + BOB + ")");
      staff.press(en.get("inbox.bulk.assign"));
      staff.waitForText(en.get("inbox.bulk.assigned", 3));
      assertThat(staff.text(By.id("inbox:requests"))).contains(BOB);
      for (int i : BULK) {
        assertThat(
                TestDatabase.query(
                    "SELECT assignee FROM request_assignment WHERE request_id = ?", ids.get(i)))
            .hasValue(BOB);
      }

      staff
          .all(By.cssSelector("[id='inbox:rows'] input[type=checkbox]"))
          .forEach(WebElement::click);
      // meanwhile a colleague closes one of them as a duplicate
      TestDatabase.update(
          "UPDATE request SET status = 'CLOSED', close_reason = 'DUPLICATE', closed_by = 'colleague',"
              + " closed_at = UTC_TIMESTAMP(6) WHERE id = ?",
          ids.get(BULK[1]));
      staff.press(en.get("inbox.bulk.spam"));
      staff.waitForText(en.get("inbox.bulk.closedAsSpam", 2));
      assertThat(staff.text()).contains(en.get("inbox.bulk.refused", references.get(1)));
      assertThat(
              TestDatabase.query("SELECT close_reason FROM request WHERE id = ?", ids.get(BULK[0])))
          .hasValue("SPAM");
      assertThat(
              TestDatabase.query("SELECT close_reason FROM request WHERE id = ?", ids.get(BULK[2])))
          .hasValue("SPAM");
      assertThat(
              TestDatabase.query("SELECT close_reason FROM request WHERE id = ?", ids.get(BULK[1])))
          .hasValue("DUPLICATE");
      assertThat(
              TestDatabase.query(
                  "SELECT COUNT(*) FROM audit_entry WHERE action = 'REQUEST_ASSIGNED' AND object_id IN (?, ?, ?)",
                  ids.get(BULK[0]),
                  ids.get(BULK[1]),
                  ids.get(BULK[2])))
          .hasValue("3");
      // nothing selected: said so
      staff.press(en.get("inbox.bulk.spam"));
      staff.waitForText(en.get("inbox.bulk.noneSelected"));
    }
  }

  @Test
  void staffAssignAndWriteNotesThatTheCustomerNeverSees() throws Exception {
    int row = forwardedToAcmeUnassigned();
    long requestId = ids.get(row);
    String note = "Rang the subject, wants a paper copy " + RUN;
    try (Browser staff = staff(ANN)) {
      staff.go("/staff/request.xhtml?id=" + requestId);
      assertThat(staff.text(By.id("assignee"))).contains(en.get("teamwork.nobody"));
      staff.press(en.get("teamwork.take"));
      staff.waitForText(en.get("teamwork.taken"));
      assertThat(staff.text(By.id("assignee"))).contains(ANN);
      staff.select(en.get("inbox.bulk.assignee"), "Test " + BOB + " (" + BOB + ")");
      staff.press(en.get("teamwork.assign"));
      staff.waitForText(en.get("teamwork.assigned"));
      assertThat(staff.text(By.id("assignee"))).contains(BOB);
      staff.press(en.get("teamwork.unassign"));
      staff.waitForText(en.get("teamwork.unassigned"));
      assertThat(staff.text(By.id("assignee"))).contains(en.get("teamwork.nobody"));
      staff.press(en.get("teamwork.addNote"));
      staff.waitForText(en.get("teamwork.error.noteEmpty"));
      staff.fill(en.get("teamwork.note"), note).press(en.get("teamwork.addNote"));
      staff.waitForText(en.get("teamwork.noteAdded"));
      assertThat(staff.text()).contains(note, ANN);
    }
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(action ORDER BY id) FROM audit_entry WHERE object_id = ?"
                    + " AND action IN ('REQUEST_ASSIGNED', 'REQUEST_UNASSIGNED', 'REQUEST_NOTE_ADDED')",
                requestId))
        .hasValue("REQUEST_ASSIGNED,REQUEST_ASSIGNED,REQUEST_UNASSIGNED,REQUEST_NOTE_ADDED");
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.logInAs(ACME_USER, PASSWORD, en);
      customer.go("/customer/request.xhtml?id=" + requestId);
      assertThat(customer.heading()).contains(reference(row));
      assertThat(customer.pageSource()).doesNotContain(note, en.get("teamwork.notes"), ANN, BOB);
    }
  }

  private static int forwardedToAcmeUnassigned() {
    for (int i = 1; ; i += 5) {
      if (!special(i) && customerOf(i) == acmeId && assigneeOf(i) == null) {
        return i;
      }
    }
  }

  @Test
  void theCustomerSearchesAndPagesItsOwnRequestsOnly() throws Exception {
    String own = "f.customer_id = ?";
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.logInAs(ACME_USER, PASSWORD, en);
      customer.go("/customer/requests.xhtml");
      customer.fill(en.get("inbox.search"), MARKER).press(en.get("inbox.search.button"));
      assertThat(shownToCustomer(customer))
          .hasSize(PAGE)
          .containsExactlyElementsOf(expected(own, NEWEST, 0, acmeId));
      customer.follow(en.get("inbox.next"));
      assertThat(shownToCustomer(customer))
          .containsExactlyElementsOf(expected(own, NEWEST, PAGE, acmeId));
      customer.follow(en.get("inbox.next"));
      assertThat(shownToCustomer(customer))
          .containsExactlyElementsOf(expected(own, NEWEST, 2 * PAGE, acmeId));
      customer.follow(en.get("inbox.previous"));
      assertThat(shownToCustomer(customer))
          .containsExactlyElementsOf(expected(own, NEWEST, PAGE, acmeId));

      customer.select(en.get("request.status"), en.get("customer.toAcknowledge"));
      customer.press(en.get("inbox.search.button"));
      assertThat(shownToCustomer(customer))
          .containsExactlyElementsOf(
              expected(own + " AND r.status = 'FORWARDED'", NEWEST, 0, acmeId));
      customer.select(en.get("request.status"), en.get("inbox.any"));

      // another customer's request is not found by its reference, nor by its subject's address
      int kroons = 6;
      assertThat(customerOf(kroons)).isEqualTo(kroonId);
      customer.fill(en.get("inbox.search"), reference(kroons)).press(en.get("inbox.search.button"));
      assertThat(customer.text()).contains(en.get("customer.requests.empty"));
      customer.fill(en.get("inbox.search"), emailOf(kroons)).press(en.get("inbox.search.button"));
      assertThat(customer.text()).contains(en.get("customer.requests.empty"));
      // its own, by the address
      customer.fill(en.get("inbox.search"), emailOf(1)).press(en.get("inbox.search.button"));
      assertThat(shownToCustomer(customer)).containsExactly(reference(1));
      // a cursor that is none: a message, not a crash
      customer.go("/customer/requests.xhtml?cursor=not-a-cursor");
      assertThat(customer.text()).contains(en.get("search.error.cursor"));
    }
  }

  @Test
  void aSupportUserWorksTheInboxWithTheKeyboardOnly() throws Exception {
    try (Browser staff = staff(ANN)) {
      staff.tabTo("inbox:q").type("keycase " + MARKER, Keys.ENTER);
      staff.waitForText(reference(KEYBOARD[1]));
      // both were received at the same instant: the higher id comes first
      assertThat(shown(staff)).containsExactly(reference(KEYBOARD[1]), reference(KEYBOARD[0]));
      String first = reference(KEYBOARD[1]);
      staff.tabTo("inbox:rows:0:open").type(Keys.ENTER);
      Awaitility.await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> staff.heading().contains(first));
      staff.tabTo("assignForm:take").type(Keys.ENTER);
      staff.waitForText(en.get("teamwork.taken"));
      assertThat(staff.text(By.id("assignee"))).contains(ANN);

      // and routes it: find the customer, choose it, see where the data goes, confirm
      staff.tabTo("forwardForm:search").type("Acme Retail", Keys.ENTER);
      staff.waitForText(en.get("forward.results"));
      staff.tabTo("forwardForm:results:0:choose").type(Keys.ENTER);
      staff.waitForText(en.get("forward.check"));
      assertThat(staff.text(By.id("forwardForm:chosen"))).contains("Acme Retail NV");
      assertThat(status(ids.get(KEYBOARD[1]))).as("chosen, not sent").isEqualTo("RECEIVED");
      staff.tabTo("forwardForm:forward").type(Keys.ENTER);
      staff.waitForText(en.get("forward.done", "Acme Retail NV"));
    }
    assertThat(status(ids.get(KEYBOARD[1]))).isEqualTo("FORWARDED");
    assertThat(
            TestDatabase.query(
                "SELECT assignee FROM request_assignment WHERE request_id = ?",
                ids.get(KEYBOARD[1])))
        .hasValue(ANN);
  }

  /** The plans MariaDB picks on the seeded data, printed for docs/inbox.md. */
  @Test
  void theQueriesUseTheirIndexes() throws Exception {
    String select =
        "SELECT r.id, a.assignee, f.customer_id, c.name FROM request r"
            + " LEFT JOIN request_assignment a ON a.request_id = r.id"
            + " LEFT JOIN forwarding f ON f.active_request_id = r.id"
            + " LEFT JOIN customer c ON c.id = f.customer_id WHERE ";
    String newest = " ORDER BY r.received_at DESC, r.id DESC LIMIT 21";
    Map<String, String> queries = new java.util.LinkedHashMap<>();
    queries.put("default (received, newest first)", select + "r.status = 'RECEIVED'" + newest);
    queries.put(
        "next page (keyset)",
        select
            + "r.status <> 'UNVERIFIED' AND (r.received_at < '2026-01-01 00:00:00'"
            + " OR (r.received_at = '2026-01-01 00:00:00' AND r.id < 5000))"
            + newest);
    queries.put(
        "reference",
        select + "r.status <> 'UNVERIFIED' AND r.reference = '" + reference(1) + "'" + newest);
    queries.put(
        "e-mail",
        select + "r.status <> 'UNVERIFIED' AND r.subject_email = '" + emailOf(1) + "'" + newest);
    queries.put(
        "words (FULLTEXT)",
        select
            + "r.status <> 'UNVERIFIED' AND MATCH (r.subject_name, r.organisation)"
            + " AGAINST ('+person4242* +"
            + MARKER
            + "*' IN BOOLEAN MODE)"
            + newest);
    queries.put(
        "mine", select + "r.status <> 'UNVERIFIED' AND a.assignee = '" + ANN + "'" + newest);
    Map<String, List<String>> plans = new java.util.LinkedHashMap<>();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      for (var query : queries.entrySet()) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("EXPLAIN " + query.getValue())) {
          while (rs.next()) {
            rows.add(
                "table=%s type=%s key=%s rows=%s extra=%s"
                    .formatted(
                        rs.getString("table"),
                        rs.getString("type"),
                        rs.getString("key"),
                        rs.getString("rows"),
                        rs.getString("Extra")));
          }
        }
        plans.put(query.getKey(), rows);
        System.out.println("EXPLAIN " + query.getKey() + ":");
        rows.forEach(row -> System.out.println("  " + row));
      }
    }
    assertThat(plans.get("reference").get(0)).contains("key=uq_request_reference");
    assertThat(plans.get("e-mail").get(0)).contains("key=ix_request_like_this");
    assertThat(plans.get("words (FULLTEXT)").get(0))
        .contains("type=fulltext", "key=ft_request_words");
  }
}
