package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.MailCatcher;
import eu.dsrportal.testing.MailCatcher.Mail;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An assistance task's life (issue 12, docs/assistance.md): the customer's instruction on its own
 * reaches the support team (mail, the inbox's "instructions waiting"), staff take it and estimate
 * it, the customer approves the estimate its contract asks for, changes its instruction (a new
 * version; version 1 stays) and writes; staff answer and complete it; the customer is mailed at
 * each step. A staff proposal the customer approves, beyond the agreement, waits for an
 * administrator's approval. Another customer finds nothing.
 */
@SharedPortal(PortalConfig.STANDARD)
class AssistanceTasksIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String ACME = "Acme Retail NV";
  private static final String ACME_MAIL = "privacy@acme.example";
  private static final String SUPPORT_MAIL = "support@provider.example";

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final Bundle en = new Bundle("en");
  private final Bundle nl = new Bundle("nl");
  private final MailCatcher mails = new MailCatcher(greenMail);

  @Test
  void anInstructionIsTakenEstimatedApprovedChangedDiscussedAndDoneWithMailsBothWays()
      throws Exception {
    String instruction = "Answer our auditor's questionnaire " + UUID.randomUUID();
    String id;
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.follow(en.get("task.nav.customer"));
      fits(acme, "the customer's tasks", "tasks-customer");
      acme.press(en.get("assistance.ask.button"));
      acme.waitForText(en.get("assistance.error.kindRequired"));
      acme.select(en.get("task.kind"), en.get("assistance.kind.AUDIT"))
          .fill(en.get("task.instruction"), instruction)
          .press(en.get("assistance.ask.button"));
      acme.waitForText(en.get("assistance.asked"));
      id = acme.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
      assertThat(acme.text(By.id("taskStatus"))).isEqualTo(en.get("assistance.status.REQUESTED"));
      assertThat(acme.text(By.id("request"))).isEqualTo(en.get("task.request.none"));
      assertThat(acme.text(By.id("instruction"))).isEqualTo(instruction);
    }
    String ref = "T-" + id;
    Mail instructed = mails.await(SUPPORT_MAIL, ref);
    assertThat(instructed.subject).contains(ACME, nl.get("task.mail.event.INSTRUCTED"));
    assertThat(instructed.body).contains("/staff/task.xhtml?id=" + id).doesNotContain(instruction);

    // the contract asks for the customer's approval of estimates: work waits for it
    String contracts =
        TestDatabase.query(
                "SELECT GROUP_CONCAT(id) FROM contract WHERE estimate_approval_required = FALSE"
                    + " AND customer_id = (SELECT id FROM customer WHERE name = ?)",
                ACME)
            .orElse("");
    TestDatabase.update(
        "UPDATE contract SET estimate_approval_required = TRUE WHERE FIND_IN_SET(id, ?)",
        contracts);
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/inbox.xhtml");
      assertThat(staff.text(By.id("instructionsWaitingTitle")))
          .startsWith(en.get("task.waiting.title"));
      staff.follow(en.get("task.waiting.all"));
      assertThat(rowOf(staff, ref)).contains(ACME, en.get("assistance.status.REQUESTED"));
      fits(staff, "the staff's tasks", "tasks-staff");
      staff.follow(ref);
      staff.fill(en.get("assistance.taskTitle"), "Auditor questionnaire");
      staff.press(en.get("assistance.accept"));
      staff.waitForText(en.get("assistance.accepted"));
      assertThat(staff.text(By.id("taskStatus"))).isEqualTo(en.get("assistance.status.APPROVED"));
      assertThat(staff.text(By.id("blocked")))
          .isEqualTo(en.get("assistance.error.awaitingEstimateApproval"));
      assertThat(staff.all(By.xpath("//input[@value='" + en.get("assistance.complete") + "']")))
          .as("no work before the estimate is approved")
          .isEmpty();
      staff
          .select(en.get("estimate.type"), en.get("estimate.type.HOURS"))
          .fill(en.get("estimate.hours"), "2.5")
          .fill(en.get("estimate.note"), "Two sections need our security officer.")
          .press(en.get("estimate.give.button"));
      staff.waitForText(en.get("estimate.given"));
      assertThat(staff.text(By.id("estimate"))).contains("2.5");
      fits(staff, "the staff's task page", "task-staff");
    } finally {
      TestDatabase.update(
          "UPDATE contract SET estimate_approval_required = FALSE WHERE FIND_IN_SET(id, ?)",
          contracts);
    }
    assertThat(
            mails.await(
                    ACME_MAIL,
                    nl.get("task.mail.customer.subject", ref, nl.get("task.mail.event.ACCEPTED")))
                .body)
        .contains("/customer/task.xhtml?id=" + id)
        .doesNotContain(instruction);
    mails.await(
        ACME_MAIL,
        nl.get("task.mail.customer.subject", ref, nl.get("task.mail.event.ESTIMATE_GIVEN")));

    // the customer approves the estimate, changes its instruction and writes to the team
    String changed = instruction + ", sections 1 to 4 only";
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.go("/customer/task.xhtml?id=" + id);
      assertThat(acme.text(By.id("estimateStatus"))).isEqualTo(en.get("estimate.status.PENDING"));
      acme.press(en.get("estimate.approve"));
      acme.waitForText(en.get("estimate.approved"));
      assertThat(acme.text(By.id("estimateStatus"))).isEqualTo(en.get("estimate.status.APPROVED"));
      assertThat(acme.text(By.id("estimate"))).contains("acme");

      acme.fill(en.get("task.change.label"), changed).press(en.get("task.change.button"));
      acme.waitForText(en.get("task.instructionChanged"));
      assertThat(acme.text(By.id("instruction"))).isEqualTo(changed);
      assertThat(acme.text(By.id("versions"))).contains(instruction, changed);
      assertThat(rowText(acme, "versions", 1)).startsWith("1").contains(instruction);

      acme.fill(en.get("comment.label"), "Is section 4 clear to you?")
          .press(en.get("comment.send"));
      acme.waitForText(en.get("comment.sent"));
      assertThat(acme.text(By.id("comments"))).contains("Is section 4 clear to you?");
      fits(acme, "the customer's task page", "task-customer");
    }
    mails.await(SUPPORT_MAIL, staffSubject(ref, "INSTRUCTION_CHANGED"));
    Mail customerComment = mails.await(SUPPORT_MAIL, staffSubject(ref, "CUSTOMER_COMMENT"));
    assertThat(customerComment.body).doesNotContain("section 4");
    assertThat(
            TestDatabase.query(
                "SELECT text FROM assistance_instruction WHERE task_id = ? AND version_no = 1", id))
        .contains(instruction);

    // staff answer and complete it
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/task.xhtml?id=" + id);
      assertThat(staff.all(By.id("blocked"))).isEmpty();
      staff.fill(en.get("comment.label"), "Yes, it is.").press(en.get("comment.send"));
      staff.waitForText(en.get("comment.sent"));
      staff.press(en.get("assistance.complete"));
      staff.waitForText(en.get("assistance.completed"));
      assertThat(staff.text(By.id("taskStatus"))).isEqualTo(en.get("assistance.status.DONE"));
    }
    mails.await(
        ACME_MAIL,
        nl.get("task.mail.customer.subject", ref, nl.get("task.mail.event.STAFF_COMMENT")));
    mails.await(
        ACME_MAIL, nl.get("task.mail.customer.subject", ref, nl.get("task.mail.event.DONE")));

    // another customer finds nothing
    try (Browser kroon = Browser.open(BASE, "en")) {
      kroon.logInAs("kroon", PASSWORD, en);
      kroon.go("/customer/task.xhtml?id=" + id);
      assertThat(kroon.heading()).isEqualTo(en.get("error.404.title"));
      assertThat(kroon.pageSource()).doesNotContain(instruction);
      kroon.go("/customer/tasks.xhtml");
      assertThat(kroon.text()).doesNotContain(ref);
    }
  }

  @Test
  void theCustomerWithdrawsAnInstructionNobodyHasTakenOn() throws Exception {
    String instruction = "Delete the old newsletter list " + UUID.randomUUID();
    String ref;
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.follow(en.get("task.nav.customer"));
      acme.select(en.get("task.kind"), en.get("assistance.kind.OTHER"))
          .fill(en.get("task.instruction"), instruction)
          .press(en.get("assistance.ask.button"));
      acme.waitForText(en.get("assistance.asked"));
      ref = "T-" + acme.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
      fits(acme, "the customer's task it may withdraw", "task-customer-withdraw");
      acme.press(en.get("task.withdraw.button"));
      acme.waitForText(en.get("task.withdraw.done"));
      assertThat(acme.text(By.id("taskStatus"))).isEqualTo(en.get("assistance.status.CANCELLED"));
      assertThat(acme.all(By.xpath("//input[@value='" + en.get("task.withdraw.button") + "']")))
          .as("nothing left to withdraw")
          .isEmpty();
    }
    // it no longer waits for the support team
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/tasks.xhtml?status=REQUESTED");
      assertThat(staff.all(By.xpath("//a[normalize-space()='" + ref + "']"))).isEmpty();
    }
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'ASSISTANCE_WITHDRAWN'"
                    + " AND object_id = ?",
                ref.substring(2)))
        .hasValue("1");
  }

  @Test
  void aStaffProposalBeyondTheAgreementNeedsTheCustomersAndAnAdministratorsApproval()
      throws Exception {
    String title = "Erase in the archive " + UUID.randomUUID().toString().substring(0, 8);
    String id;
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/tasks.xhtml");
      // with ChromeDriver 150 the page was sometimes not all there yet just after it loaded
      Awaitility.await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> !staff.all(By.id("propose:customer")).isEmpty());
      new Select(staff.all(By.id("propose:customer")).get(0)).selectByVisibleText(ACME);
      new Select(staff.all(By.id("propose:kind")).get(0))
          .selectByVisibleText(en.get("assistance.kind.OTHER"));
      staff.all(By.id("propose:title")).get(0).sendKeys(title);
      staff
          .all(By.id("propose:description"))
          .get(0)
          .sendKeys("Erase the old paper archive's scans of your customers.");
      staff.press(en.get("task.propose.button"));
      staff.waitForText(en.get("task.proposed"));
      id = staff.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
      assertThat(staff.text(By.id("taskStatus"))).isEqualTo(en.get("assistance.status.PROPOSED"));
      staff.press(en.get("task.beyond.mark"));
      staff.waitForText(en.get("task.beyond.marked"));
      assertThat(staff.text(By.id("beyond"))).isEqualTo(en.get("task.beyond.pending"));
      assertThat(staff.all(By.xpath("//input[@value='" + en.get("task.beyond.approve") + "']")))
          .as("only an administrator approves for the provider")
          .isEmpty();
    }
    String ref = "T-" + id;
    mails.await(
        ACME_MAIL, nl.get("task.mail.customer.subject", ref, nl.get("task.mail.event.PROPOSED")));

    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.go("/customer/tasks.xhtml");
      assertThat(rowOf(acme, ref)).contains(title, en.get("assistance.status.PROPOSED"));
      acme.follow(ref);
      acme.press(en.get("task.proposal.approve"));
      acme.waitForText(en.get("task.proposal.approved"));
      assertThat(acme.text(By.id("taskStatus"))).isEqualTo(en.get("assistance.status.APPROVED"));
      assertThat(acme.text(By.id("instructed"))).startsWith("acme, ");
      assertThat(acme.text(By.id("blocked")))
          .isEqualTo(en.get("assistance.error.awaitingProviderApproval"));
    }
    mails.await(SUPPORT_MAIL, staffSubject(ref, "PROPOSAL_APPROVED"));

    String administrator = TestDatabase.createAdministrator("tasks", PASSWORD);
    try (Browser admin = Browser.open(BASE, "en")) {
      admin.logInAs(administrator, PASSWORD, en);
      admin.go("/staff/task.xhtml?id=" + id);
      admin.press(en.get("task.beyond.approve"));
      admin.waitForText(en.get("task.beyond.approved"));
      assertThat(admin.text(By.id("beyond")))
          .startsWith(en.get("task.beyond.approvedBy") + " " + administrator);
      assertThat(admin.all(By.id("blocked"))).isEmpty();
    }
    assertThat(
            TestDatabase.query("SELECT provider_approved_by FROM assistance_task WHERE id = ?", id))
        .contains(administrator);
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'ASSISTANCE_BEYOND_APPROVED'"
                    + " AND object_id = ? AND actor = ?",
                id,
                administrator))
        .contains("1");
  }

  private String staffSubject(String ref, String event) {
    return nl.get("task.mail.staff.subject", ref, ACME, nl.get("task.mail.event." + event));
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

  /** The text of the table row that links to the reference. */
  private static String rowOf(Browser browser, String reference) {
    return browser
        .all(By.xpath("//tr[.//a[normalize-space()='" + reference + "']]"))
        .get(0)
        .getText();
  }

  private static String rowText(Browser browser, String tableId, int row) {
    return browser
        .all(By.xpath("//table[@id='" + tableId + "']/tbody/tr[" + row + "]"))
        .get(0)
        .getText();
  }
}
