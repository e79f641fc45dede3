package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.shared.web.Formats;
import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.MailCatcher;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The work on a task (docs/time-and-items.md): staff log, correct and delete time and add an item,
 * every step in the task's history; the customer sees the time and the cost its contract gives;
 * billed work is locked; deliverable files reach the task's customer only.
 */
@SharedPortal(PortalConfig.STANDARD)
class TaskWorkIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String BENELUX = "Acmé Benelux SRL";

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final Bundle en = new Bundle("en");
  private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));

  @Test
  void timeIsCorrectedUntilBilledWithItsHistoryAndTheCustomerSeesWhatItCosts() throws Exception {
    String customerId = customerId();
    // the contract: 100.00/h per started 15 minutes, at least 30, until yesterday; from today
    // 120.00/h per started 15 minutes
    contract(customerId, today.minusDays(10), "100.00", 15, 30);
    contract(customerId, today, "120.00", 15, 0);
    String user = customerUser(customerId);
    Task task = taskForwardedTo(customerId);

    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + task.requestId);
      logTime(staff, task, today.minusDays(3), "20", "Searched the CRM");
      logTime(staff, task, today, "50", "Exported the CRM data");
      logTime(staff, task, today, "5", "Logged by mistake");

      // corrected: 20 -> 25 minutes
      staff.pressTitled(en.get("work.edit") + ": Searched the CRM");
      staff.waitForText(en.get("work.time.change"));
      staff.fill(en.get("time.minutes"), "25").press(en.get("work.save"));
      staff.waitForText(en.get("work.time.changed"));
      // deleted
      staff.pressTitled(en.get("work.delete") + ": Logged by mistake");
      staff.waitForText(en.get("work.time.deleted"));
      assertThat(timeTable(staff, task))
          .contains("Searched the CRM", "Exported the CRM data")
          .doesNotContain("Logged by mistake");

      staff
          .select(en.get("work.item.kind"), en.get("work.item.kind.EXPENSE"))
          .fill(en.get("work.item.description"), "Registered letter to the subject")
          .fill(en.get("work.item.amount"), "7.50")
          .press(en.get("work.item.addButton"));
      staff.waitForText(en.get("work.item.added"));

      String history = history(staff, task);
      assertThat(history)
          .contains(
              en.get("work.history.TIME.CREATED"),
              en.get("work.history.TIME.CHANGED"),
              en.get("work.history.TIME.DELETED"),
              en.get("work.history.ITEM.CREATED"),
              today.minusDays(3) + ", 20 min: Searched the CRM",
              today.minusDays(3) + ", 25 min: Searched the CRM",
              today + ", 5 min: Logged by mistake",
              "EXPENSE 7.50: Registered letter to the subject",
              "support");
      fits(staff, "the staff's work on a task", "task-work-staff");
    }

    // 25 min on the old contract: 30 (the minimum) at 100.00 = 50.00; 50 min on the new: 60 at
    // 120.00 = 120.00; the letter 7.50
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.logInAs(user, PASSWORD, en);
      customer.go("/customer/request.xhtml?id=" + task.requestId);
      String work = customer.text(By.id("work-" + task.id));
      assertThat(work)
          .contains(en.get("work.customer.title"), "75 " + en.get("time.minutesShort"))
          .contains(money("177.50"), money("50.00"), money("120.00"), money("7.50"))
          .contains(en.get("work.cost.hint"), en.get("work.notBilled"))
          .doesNotContain(en.get("work.history"));
      fits(customer, "the customer's time and cost", "task-work-customer");
    }

    // billing finalises: the work is locked (billing's finalisation is simulated here)
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + task.requestId);
      TestDatabase.update(
          "UPDATE time_entry SET invoice_id = 424242 WHERE task_id = ?", Long.valueOf(task.id));
      TestDatabase.update(
          "UPDATE assistance_item SET invoice_id = 424242 WHERE task_id = ?",
          Long.valueOf(task.id));
      // the page still offers it: the portal refuses
      staff.pressTitled(en.get("work.delete") + ": Exported the CRM data");
      staff.waitForText(en.get("time.error.billed"));
      String work = staff.text(By.id("work-" + task.id));
      assertThat(work).contains("Exported the CRM data", en.get("work.billed"));
      assertThat(
              staff.all(
                  By.xpath(
                      "//div[@id='work-"
                          + task.id
                          + "']//input[@value='"
                          + en.get("work.delete")
                          + "' or @value='"
                          + en.get("work.edit")
                          + "']")))
          .as("no change or delete on billed work")
          .isEmpty();
    }
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.logInAs(user, PASSWORD, en);
      customer.go("/customer/request.xhtml?id=" + task.requestId);
      assertThat(customer.text(By.id("work-" + task.id)))
          .contains(en.get("work.billed"), money("177.50"))
          .doesNotContain(en.get("work.notBilled"));
    }
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(DISTINCT action ORDER BY action) FROM audit_entry WHERE"
                    + " action IN ('TIME_CHANGED', 'TIME_DELETED', 'ITEM_ADDED') AND actor ="
                    + " 'support'"))
        .hasValueSatisfying(
            actions -> assertThat(actions).contains("ITEM_ADDED", "TIME_CHANGED", "TIME_DELETED"));
  }

  @Test
  void aDeliverableReachesTheTasksCustomerOnlyAsADownload() throws Exception {
    String customerId = customerId();
    String user = customerUser(customerId);
    Task task = taskForwardedTo(customerId);
    Path pdf = Files.createTempFile("crm-export-", ".pdf");
    String content = "%PDF-1.4\n% the export of " + UUID.randomUUID() + "\n";
    Files.writeString(pdf, content, StandardCharsets.US_ASCII);
    Path text = Files.createTempFile("notes-", ".pdf");
    Files.writeString(text, "just text, named .pdf", StandardCharsets.US_ASCII);

    String staffLink;
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + task.requestId);
      staff.field(en.get("work.file.label")).sendKeys(text.toString());
      staff.press(en.get("work.file.uploadButton"));
      staff.waitForText(en.get("work.file.error.type"));
      staff.field(en.get("work.file.label")).sendKeys(pdf.toString());
      staff.press(en.get("work.file.uploadButton"));
      staff.waitForText(en.get("work.file.uploaded"));
      assertThat(staff.text(By.id("files-" + task.id))).contains(pdf.getFileName().toString());
      staffLink =
          staff.all(By.cssSelector("#files-" + task.id + " a")).get(0).getDomAttribute("href");
      assertThat(staff.download(staffLink).body()).isEqualTo(content);
    }

    String link;
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.logInAs(user, PASSWORD, en);
      customer.go("/customer/request.xhtml?id=" + task.requestId);
      assertThat(customer.text()).contains(pdf.getFileName().toString());
      link = customer.all(By.cssSelector("#work-" + task.id + " a")).get(0).getDomAttribute("href");
      HttpResponse<String> download = customer.download(link);
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).isEqualTo(content);
      assertThat(download.headers().firstValue("Content-Disposition"))
          .get()
          .asString()
          .startsWith("attachment;");
      assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(download.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith("application/pdf");
      // the staff's own address is not the customer's (refused by the container's constraint)
      assertThat(customer.download(staffLink).statusCode()).isIn(403, 404);
    }
    try (Browser kroon = Browser.open(BASE, "en")) {
      kroon.logInAs("kroon", PASSWORD, en);
      assertThat(kroon.download(link).statusCode()).isEqualTo(404);
    }
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'TASK_FILE_UPLOADED' AND"
                    + " object_type = 'TaskFile' AND object_id = (SELECT MAX(id) FROM task_file"
                    + " WHERE task_id = ?)",
                Long.valueOf(task.id)))
        .hasValue("1");
  }

  private record Task(String id, String requestId) {}

  /**
   * A request of the customer's, forwarded to it, with an accepted task on it. The task is stored
   * directly: how a task comes to be is the assistance tasks' own tests' (docs/assistance.md).
   */
  private Task taskForwardedTo(String customerId) throws Exception {
    HttpResponse<String> created =
        Api.submit(
            BASE,
            Api.requestJson(
                "Lena Maes",
                "lena-" + UUID.randomUUID() + "@example.org",
                "Acmé Benelux",
                "ACCESS",
                "What do you hold about me?",
                "en"),
            null);
    assertThat(created.statusCode()).isEqualTo(201);
    String reference = Api.reference(created);
    TestDatabase.markVerified(reference);
    String requestId =
        TestDatabase.query("SELECT id FROM request WHERE reference = ?", reference).orElseThrow();
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + requestId);
      staff.forwardTo(en, "Benelux", BENELUX);
    }
    String instruction = "Export the data of this person " + UUID.randomUUID();
    TestDatabase.update(
        "INSERT INTO assistance_task (request_id, customer_id, instruction, requested_by,"
            + " requested_at, instructed_by, instructed_at, title, accepted_by, accepted_at,"
            + " assignee, status, kind, version) VALUES (?, ?, ?, 'customer', NOW(6), 'customer',"
            + " NOW(6), 'CRM export', 'support', NOW(6), 'support', 'IN_PROGRESS', 'DSR_HELP', 0)",
        Long.valueOf(requestId),
        Long.valueOf(customerId),
        instruction);
    String taskId =
        TestDatabase.query("SELECT id FROM assistance_task WHERE instruction = ?", instruction)
            .orElseThrow();
    TestDatabase.update(
        "INSERT INTO assistance_instruction (task_id, version_no, text, created_by, created_at)"
            + " VALUES (?, 1, ?, 'customer', NOW(6))",
        Long.valueOf(taskId),
        instruction);
    return new Task(taskId, requestId);
  }

  private static String customerId() throws Exception {
    return TestDatabase.query("SELECT id FROM customer WHERE name = ?", BENELUX).orElseThrow();
  }

  private static String customerUser(String customerId) throws Exception {
    String user = "benelux-" + UUID.randomUUID().toString().substring(0, 8);
    TestDatabase.createUser(user, PASSWORD, "CUSTOMER", Long.valueOf(customerId));
    return user;
  }

  private static void contract(
      String customerId, LocalDate from, String rate, int increment, int minimum) throws Exception {
    TestDatabase.update(
        "INSERT INTO contract (customer_id, valid_from, hourly_rate, vat_rate, increment_minutes,"
            + " minimum_minutes) VALUES (?, ?, ?, 21.00, ?, ?) ON DUPLICATE KEY UPDATE hourly_rate"
            + " = VALUES(hourly_rate), increment_minutes = VALUES(increment_minutes),"
            + " minimum_minutes = VALUES(minimum_minutes)",
        Long.valueOf(customerId),
        from.toString(),
        new BigDecimal(rate),
        increment,
        minimum);
  }

  /** Logs time in the task's own form; the date typed by script (its order is the browser's). */
  private void logTime(Browser staff, Task task, LocalDate date, String minutes, String what) {
    String dateId =
        staff
            .all(By.cssSelector("#work-" + task.id + " input[type=date]"))
            .get(0)
            .getDomAttribute("id");
    staff.setValue(dateId, date.toString());
    staff
        .fill(en.get("time.minutes"), minutes)
        .fill(en.get("time.description"), what)
        .press(en.get("time.logButton"));
    staff.waitForText(en.get("time.logged"));
  }

  /** The task's time entries table (the first table of its work block). */
  private static String timeTable(Browser staff, Task task) {
    return staff.all(By.cssSelector("#work-" + task.id + " table")).get(0).getText();
  }

  private static String history(Browser staff, Task task) {
    return staff.all(By.cssSelector("#work-" + task.id + " table")).stream()
        .map(table -> table.getText())
        .reduce("", (a, b) -> a + "\n" + b);
  }

  private static String money(String amount) {
    return Formats.money(new BigDecimal(amount), Locale.UK);
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
}
