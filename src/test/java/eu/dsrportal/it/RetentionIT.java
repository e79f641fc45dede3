package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The retention page as an administrator uses it, in Chromium: a customer's own period (refused out
 * of range, then saved), and the end of service of an ended customer — export first, then the
 * deletion after a confirmation in which the customer's name must be typed, then the certificate.
 * The job itself is tested in ServicesIT at chosen instants.
 */
@SharedPortal(PortalConfig.STANDARD)
class RetentionIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();

  private final Bundle en = new Bundle("en");

  @Test
  void anAdministratorSetsAPeriodAndEndsAServiceWithExportDeletionAndCertificate()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String name = "Ended Retail " + tag;
    TestDatabase.update(
        "INSERT INTO customer (name, public_contact, language, created_at, ended_at)"
            + " VALUES (?, 'Somewhere', 'EN', UTC_TIMESTAMP(6), ?)",
        name,
        LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(3));
    String id = TestDatabase.query("SELECT id FROM customer WHERE name = ?", name).orElseThrow();
    TestDatabase.update(
        "INSERT INTO customer_contact (customer_id, position, name, email, is_primary)"
            + " VALUES (?, 0, 'Erik Ended', ?, TRUE)",
        id,
        "erik-" + tag + "@ended.example");
    String admin = TestDatabase.createAdministrator("retention", PASSWORD);

    try (Browser page = Browser.open(BASE, "en")) {
      page.logInAs(admin, PASSWORD, en);
      // the administrators' pages are one entry of a menu that stays one row at 1280 px
      page.windowWidth(1280);
      assertThat(page.topBar()).isEqualTo(new Browser.TopBar(1, 1));
      page.follow(en.get("hub.nav.admin"));
      assertThat(page.heading()).isEqualTo(en.get("hub.admin.title"));
      assertThat(page.text(By.id("adminPages")))
          .contains(en.get("nav.users"), en.get("nav.audit"), en.get("restores.nav"));
      page.screenshot("admin-index-1280");
      page.windowWidth(390);
      page.screenshot("admin-index-390");
      // on a phone the menu folds; opened, it still leads to the administrators' pages
      page.tabTo("menuToggle").type(Keys.SPACE);
      page.screenshot("admin-menu-390");
      page.follow(en.get("hub.nav.admin"));
      page.windowWidth(1280);
      page.follow(admin);
      assertThat(page.heading()).isEqualTo(en.get("hub.account.title"));
      assertThat(page.text(By.id("accountPages")))
          .contains(en.get("nav.password"), en.get("nav.apiTokens"));
      page.screenshot("account-index-1280");
      page.follow(en.get("hub.nav.admin")).follow(en.get("retention.nav"));
      assertThat(page.heading()).isEqualTo(en.get("retention.title"));
      assertThat(page.text(By.id("requestMonths"))).isEqualTo("24");
      assertThat(page.text(By.id("mailBodyDays"))).isEqualTo("30");

      // a customer's own period: out of range refused on the field, then saved
      page.select(en.get("retention.customer"), name).fill(en.get("retention.period.months"), "0");
      page.press(en.get("retention.period.save"));
      page.waitForText(en.get("retention.error.months"));
      assertThat(page.text(By.id("period:monthsError")))
          .isEqualTo(en.get("retention.error.months"));
      page.select(en.get("retention.customer"), name).fill(en.get("retention.period.months"), "18");
      page.press(en.get("retention.period.save"));
      page.waitForText(en.get("retention.period.saved"));
      assertThat(page.text(By.id("ownPeriods"))).contains(name).contains("18");

      // end of service: the export first (no deletion offered before it)
      assertThat(page.text(By.id("eos:ended"))).contains(name);
      assertThat(
              page.all(
                  By.cssSelector(
                      "input[title='" + en.get("retention.eos.delete") + " " + name + "']")))
          .isEmpty();
      String exportHref =
          page.all(By.cssSelector("a[title='" + en.get("retention.eos.export") + " " + name + "']"))
              .get(0)
              .getAttribute("href");
      HttpResponse<String> zip = page.download(exportHref);
      assertThat(zip.statusCode()).isEqualTo(200);
      assertThat(zip.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
      // entry names are stored as they are; their contents are deflated (ServicesIT reads them)
      assertThat(zip.body())
          .startsWith("PK")
          .contains("manifest.json", "data/customer_contact.json");

      page.go("/admin/retention.xhtml");
      page.windowWidth(1280);
      page.screenshot("admin-retention-1280");
      page.windowWidth(390);
      page.screenshot("admin-retention-390");
      page.windowWidth(1280);
      page.pressTitled(en.get("retention.eos.delete") + " " + name);
      page.waitForText(en.get("retention.eos.willRemove"));
      assertThat(page.text(By.id("confirmation")))
          .contains(name)
          .contains(en.get("retention.kind.contacts"))
          .contains(en.get("retention.kind.invoices"));
      page.screenshot("admin-retention-confirm-1280");
      page.windowWidth(390);
      page.screenshot("admin-retention-confirm-390");
      // on a phone the counts stay a compact list: each kind with its count on one row, no cards
      assertThat(page.all(By.cssSelector("#confirmation table"))).isEmpty();
      List<WebElement> kinds = page.all(By.cssSelector("#removed dt"));
      List<WebElement> counts = page.all(By.cssSelector("#removed dd"));
      assertThat(kinds).hasSameSizeAs(counts).hasSizeGreaterThan(5);
      for (int i = 0; i < kinds.size(); i++) {
        assertThat(counts.get(i).getRect().getY())
            .isCloseTo(kinds.get(i).getRect().getY(), within(8));
      }
      page.windowWidth(1280);
      page.fill(en.get("retention.eos.typeName"), "Ended Retail");
      page.press(en.get("retention.eos.deleteForGood"));
      page.waitForText(en.get("retention.error.confirmName"));
      assertThat(
              TestDatabase.query(
                  "SELECT COUNT(*) FROM end_of_service WHERE customer_id = ? AND deleted_at IS NOT NULL",
                  id))
          .hasValue("0");
      page.fill(en.get("retention.eos.typeName"), name);
      page.press(en.get("retention.eos.deleteForGood"));
      page.waitForText(en.get("retention.eos.deletedDone").replace("{0}", name));
      assertThat(
              TestDatabase.query(
                  "SELECT COUNT(*) FROM customer_contact WHERE customer_id = ? AND name = 'Erik Ended'",
                  id))
          .hasValue("0");

      String certificateHref =
          page.all(
                  By.cssSelector(
                      "a[title='" + en.get("retention.eos.certificate") + " " + name + "']"))
              .get(0)
              .getAttribute("href");
      HttpResponse<String> pdf = page.download(certificateHref);
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(pdf.body()).startsWith("%PDF-");
      // once deleted, no second export
      assertThat(page.download(exportHref).statusCode()).isEqualTo(404);
    }
  }
}
