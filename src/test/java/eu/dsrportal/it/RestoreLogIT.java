package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.audit.domain.ChainKey;
import eu.dsrportal.audit.infrastructure.ChainCheck;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The restore log (Annex B) as an administrator keeps it, in Chromium: a drill recorded after its
 * form refused what was missing; the log shows it and the audit trail has it. And the restore
 * drill's chain check, run against the portal's own database, agrees with the portal's seals.
 */
@SharedPortal(PortalConfig.STANDARD)
class RestoreLogIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();

  private final Bundle en = new Bundle("en");
  private final Bundle validation = new Bundle("ValidationMessages", "en");

  @Test
  void anAdministratorRecordsARestoreDrillAndSeesItInTheLog() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String backup = "dsr-backup-20261204T020000Z-" + tag;
    String admin = TestDatabase.createAdministrator("restore", PASSWORD);

    try (Browser page = Browser.open(BASE, "en")) {
      page.logInAs(admin, PASSWORD, en);
      page.follow(en.get("hub.nav.admin")).follow(en.get("restores.nav"));
      assertThat(page.heading()).isEqualTo(en.get("restores.title"));

      // no backup named: a message on the field, nothing stored
      page.fill(en.get("restores.field.scope"), "whole database and attachments (" + tag + ")")
          .select(en.get("restores.field.outcome"), en.get("restores.outcome.PARTIAL"))
          .press(en.get("restores.record"));
      page.waitForText(validation.get("restores.backup.required"));
      assertThat(page.text(By.id("restore:backupNameError")))
          .isEqualTo(validation.get("restores.backup.required"));
      assertThat(
              TestDatabase.query(
                  "SELECT COUNT(*) FROM restore_log WHERE scope LIKE ?", "%" + tag + "%"))
          .hasValue("0");

      // partly succeeded without saying why: refused on the notes
      page.fill(en.get("restores.field.backup"), backup).press(en.get("restores.record"));
      page.waitForText(en.get("restores.error.notesRequired"));
      assertThat(page.text(By.id("restore:notesError")))
          .isEqualTo(en.get("restores.error.notesRequired"));
      page(page, "admin-restores-errors");

      page.fill(en.get("restores.field.notes"), "restore drill FAILED: 2 files missing")
          .fill(en.get("restores.field.reEntered"), "Two scans received by post on 3 December")
          .press(en.get("restores.record"));
      page.waitForText(en.get("restores.recorded"));
      String log = page.text(By.id("restores"));
      assertThat(log)
          .contains(
              backup,
              en.get("restores.kind.DRILL"),
              en.get("restores.outcome.PARTIAL"),
              "Two scans received by post on 3 December",
              admin);
      page(page, "admin-restores");
    }
    String id =
        TestDatabase.query("SELECT id FROM restore_log WHERE backup_name = ?", backup)
            .orElseThrow();
    assertThat(
            TestDatabase.query(
                "SELECT CONCAT(kind, ':', outcome, ':', restored_by, ':', recorded_by)"
                    + " FROM restore_log WHERE id = ?",
                id))
        .hasValue("DRILL:PARTIAL:" + admin + ":" + admin);
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'RESTORE_RECORDED'"
                    + " AND object_type = 'RestoreRecord' AND object_id = ? AND actor = ?",
                id,
                admin))
        .hasValue("1");
  }

  @Test
  void supportStaffCannotOpenTheRestoreLog() throws Exception {
    String support = "restore-support-" + UUID.randomUUID().toString().substring(0, 6);
    TestDatabase.createUser(support, PASSWORD, "SUPPORT", null);
    try (Browser page = Browser.open(BASE, "en")) {
      page.logInAs(support, PASSWORD, en);
      assertThat(page.all(By.linkText(en.get("restores.nav")))).isEmpty();
      assertThat(page.download("/admin/restores.xhtml").statusCode()).isEqualTo(403);
    }
  }

  @Test
  void theDrillsChainCheckAgreesWithThePortalsSeals() throws Exception {
    try (Connection db = TestDatabase.connect()) {
      ChainCheck.Report report =
          ChainCheck.check(db, ChainKey.of(ChainCheck.developmentKey()), true);
      assertThat(report.result().intact()).as(report.line()).isTrue();
      assertThat(report.line()).startsWith("audit chain intact: ");
    }
  }

  private static void page(Browser page, String name) throws Exception {
    assertThat(page.accessibilityViolations()).as("axe on " + name).isEmpty();
    page.windowWidth(390);
    assertThat(page.sidewaysOverflow()).as(name + " at 390 px").isEmpty();
    page.screenshot(name + "-390");
    page.windowWidth(1280);
    page.screenshot(name + "-1280");
  }
}
