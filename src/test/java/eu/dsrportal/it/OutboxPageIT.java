package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The outbox page as support staff use it (issue 13: a mail the server refused for good is shown to
 * staff): the backlog, a failed mail with its error and a button to send it again, which puts it
 * back in the queue; a failed mail whose text retention has removed is listed without that button.
 */
@SharedPortal(PortalConfig.STANDARD)
class OutboxPageIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();

  private final Bundle en = new Bundle("en");

  @Test
  void staffSeeAFailedMailWithItsErrorAndSendItAgainUnlessRetentionEmptiedIt() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String refused = "refused-" + tag + "@example.org";
    String emptied = "emptied-" + tag + "@example.org";
    failedMail(refused, "TASK_ACCEPTED_CUSTOMER", "Dear Els", null);
    failedMail(emptied, "TEST", "", LocalDateTime.now(ZoneOffset.UTC));
    String username = "outbox-" + tag;
    TestDatabase.createUser(username, PASSWORD, "SUPPORT", null);

    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs(username, PASSWORD, en);
      staff.follow(en.get("nav.outbox"));
      assertThat(staff.heading()).isEqualTo(en.get("outbox.title"));
      assertThat(staff.text(By.id("failedNotice"))).isEqualTo(en.get("outbox.backlog.failedAlert"));
      assertThat(staff.text(By.id("backlog"))).contains(en.get("outbox.backlog.failed"));
      assertThat(row(staff, refused).getText())
          .contains(en.get("outbox.status.FAILED"), "550 5.1.1 " + refused + " unknown")
          .as("the kind of mail in words, not its code")
          .contains(en.get("mail.purpose.TASK_CUSTOMER"))
          .doesNotContain("TASK_ACCEPTED_CUSTOMER");
      assertThat(buttonsOf(row(staff, refused))).hasSize(1);
      assertThat(buttonsOf(row(staff, emptied))).as("nothing left to send").isEmpty();
      assertThat(row(staff, emptied).getText()).contains(en.get("outbox.bodyCleared"));
      staff.screenshot("outbox-failed-1280");
      staff.windowWidth(390);
      assertThat(staff.sidewaysOverflow()).isEmpty();
      staff.screenshot("outbox-failed-390");
      staff.windowWidth(1280);

      buttonsOf(row(staff, refused)).get(0).click();
      staff.waitForText(en.get("outbox.retried"));
      assertThat(
              TestDatabase.query("SELECT status FROM outbox_message WHERE recipient = ?", refused))
          .get()
          .isIn("PENDING", "SENT");
      assertThat(
              TestDatabase.query("SELECT status FROM outbox_message WHERE recipient = ?", emptied))
          .hasValue("FAILED");
    }
  }

  private static void failedMail(
      String recipient, String purpose, String body, LocalDateTime bodyClearedAt) throws Exception {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    TestDatabase.update(
        "INSERT INTO outbox_message (attempts, body, created_at, last_error, next_attempt_at,"
            + " priority, purpose, recipient, status, subject, to_subject, version,"
            + " body_cleared_at) VALUES (1, ?, ?, ?, ?, 2, ?, ?, 'FAILED', 'Your case', 0, 0,"
            + " ?)",
        body,
        now,
        "550 5.1.1 " + recipient + " unknown user",
        now,
        purpose,
        recipient,
        bodyClearedAt);
  }

  private static WebElement row(Browser page, String recipient) {
    return page.all(By.xpath("//tr[td[contains(., '" + recipient + "')]]")).get(0);
  }

  private static List<WebElement> buttonsOf(WebElement row) {
    return row.findElements(By.cssSelector("input[type=submit]"));
  }
}
