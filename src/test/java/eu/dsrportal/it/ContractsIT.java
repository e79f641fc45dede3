package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Contract versions and billing details (issue 12, docs/contracts.md) as billing staff keep them,
 * in Chromium: a new version from a future date with fixed prices and a free allowance, input out
 * of bounds refused with messages and nothing stored, reverse charge only with another member
 * state's VAT number, billing details saved; support staff do not find the pages.
 */
@SharedPortal(PortalConfig.STANDARD)
class ContractsIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();

  private final Bundle en = new Bundle("en");

  @Test
  void billingStaffAddVersionsAndBillingDetailsThatInvoicesUse() throws Exception {
    String name = "Contracts IT " + UUID.randomUUID().toString().substring(0, 8);
    String kbo = randomKbo();
    long id = insertCustomer(name, kbo);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
    LocalDate from = today.plusDays(30);

    try (Browser billing = Browser.open(BASE, "en")) {
      billing.logInAs("billing", PASSWORD, en);
      billing.follow(en.get("nav.contracts")).waitForText(name);
      assertThat(rowOf(billing, name)).contains(en.get("contracts.since"), "90.00");
      fits(billing, "the contracts list", "contracts");
      billing.follow(name).waitForText(en.get("contracts.versions.hint"));
      assertThat(billing.heading()).isEqualTo(en.get("contracts.of") + " " + name);
      // the form starts from the terms in force
      assertThat(billing.field(en.get("contracts.hourlyRate.label")).getDomProperty("value"))
          .isEqualTo("90.00");

      // a new version from a future day, with two fixed prices and a free allowance
      billing.setValue("version:validFrom", from.toString());
      billing
          .fill(en.get("contracts.hourlyRate.label"), "100")
          .fill(fixedPrice("AUDIT"), "450")
          .fill(fixedPrice("DPIA"), "1200.5")
          .fill(en.get("contracts.incrementMinutes"), "15")
          .fill(en.get("contracts.minimumMinutes"), "30")
          .fill(en.get("contracts.allowanceHours"), "1.5")
          .fill(en.get("contracts.allowanceRequests"), "3")
          .choose(en.get("contracts.estimateApprovalRequired"))
          .select(en.get("contracts.billingPeriod"), en.get("contracts.billingPeriod.QUARTER"))
          .fill(en.get("contracts.paymentTermDays"), "45")
          .press(en.get("contracts.add"));
      billing.waitForText(added());
      // its date as the page writes dates (an English page: en-GB, "4 January 2027")
      assertThat(billing.text())
          .contains(
              en.get(
                  "contracts.added",
                  eu.dsrportal.shared.web.Formats.date(from, java.util.Locale.UK)));
      String versions = billing.text(By.id("versions:list"));
      assertThat(versions).contains("billing", en.get("contracts.future"), "450.00", "1200.50");
      assertThat(billing.all(By.xpath("//table[@id='versions:list']/tbody/tr")))
          .as("two versions")
          .hasSize(2);
      // latest first: the new one, then the one still in force
      String inForceRow =
          billing.all(By.xpath("//table[@id='versions:list']/tbody/tr")).get(1).getText();
      assertThat(inForceRow)
          .contains("90.00", en.get("contracts.inForce.now"))
          .doesNotContain(en.get("contracts.future"));
      assertThat(
              TestDatabase.query(
                  "SELECT CONCAT(hourly_rate, ' ', increment_minutes, ' ', minimum_minutes, ' ',"
                      + " allowance_minutes, ' ', allowance_requests, ' ', estimate_approval_required,"
                      + " ' ', billing_period, ' ', payment_term_days, ' ', created_by)"
                      + " FROM contract WHERE customer_id = ? AND valid_from = ?",
                  id,
                  from.toString()))
          .contains("100.00 15 30 90 3 1 QUARTER 45 billing");
      assertThat(
              TestDatabase.query(
                  "SELECT GROUP_CONCAT(kind, '=', amount ORDER BY kind) FROM contract_fixed_price f"
                      + " JOIN contract c ON c.id = f.contract_id"
                      + " WHERE c.customer_id = ? AND c.valid_from = ?",
                  id,
                  from.toString()))
          .contains("AUDIT=450.00,DPIA=1200.50");
      fits(billing, "a customer's contract page", "contract");

      // out of bounds: messages at the fields, nothing stored
      billing.setValue("version:validFrom", from.plusDays(10).toString());
      billing
          .fill(en.get("contracts.allowanceHours"), "many")
          .fill(fixedPrice("BREACH"), "a lot")
          .press(en.get("contracts.add"));
      billing.waitForText(en.get("contracts.error.allowanceHours"));
      assertThat(billing.text()).contains(en.get("contracts.error.fixedPrice"));
      billing.setValue("version:validFrom", from.plusDays(10).toString());
      billing
          .fill(en.get("contracts.allowanceHours"), "1")
          .fill(fixedPrice("BREACH"), "")
          .fill(en.get("contracts.hourlyRate.label"), "-5")
          .fill(en.get("contracts.incrementMinutes"), "0")
          .fill(en.get("contracts.estimateTolerancePercent"), "150")
          .press(en.get("contracts.add"));
      billing.waitForText(en.get("contracts.error.incrementMinutes"));
      assertThat(billing.text())
          .contains(en.get("contract.rate.invalid"), en.get("contracts.error.tolerance"));
      assertThat(versionCount(id)).isEqualTo("2");

      // the same day twice
      billing.go("/staff/billing/contract.xhtml?customer=" + id);
      billing.setValue("version:validFrom", from.toString());
      billing.press(en.get("contracts.add"));
      billing.waitForText(en.get("contract.error.sameDay"));
      assertThat(versionCount(id)).isEqualTo("2");

      // reverse charge needs a VAT number of another member state
      LocalDate later = from.plusDays(20);
      billing.go("/staff/billing/contract.xhtml?customer=" + id);
      billing.setValue("version:validFrom", later.toString());
      billing
          .select(en.get("contracts.vatRegime"), en.get("contracts.vatRegime.REVERSE_CHARGE"))
          .press(en.get("contracts.add"));
      billing.waitForText(en.get("contracts.error.reverseCharge"));
      assertThat(versionCount(id)).isEqualTo("2");

      // billing details: a wrong VAT number refused, then a Dutch one kept normalised
      assertThat(billing.text()).contains("0208:" + kbo);
      billing
          .fill(en.get("contracts.vatNumber"), "BE0123456748")
          .press(en.get("contracts.billing.save"));
      billing.waitForText(en.get("customer.vatNumber.invalid"));
      assertThat(TestDatabase.query("SELECT vat_number FROM customer WHERE id = ?", id)).isEmpty();
      billing
          .fill(en.get("contracts.vatNumber"), "nl 1234.56789.b01")
          .fill(en.get("contracts.billingEmail"), "invoices@contracts-it.example")
          .fill(en.get("contracts.peppolId"), "0208:" + kbo)
          .fill(en.get("contracts.buyerReference"), "PO 4711")
          .press(en.get("contracts.billing.save"));
      billing.waitForText(en.get("contracts.billing.saved"));
      assertThat(billing.field(en.get("contracts.vatNumber")).getDomProperty("value"))
          .isEqualTo("NL123456789B01");
      assertThat(
              TestDatabase.query(
                  "SELECT CONCAT(vat_number, ' ', billing_email, ' ', peppol_id, ' ', buyer_reference)"
                      + " FROM customer WHERE id = ?",
                  id))
          .contains("NL123456789B01 invoices@contracts-it.example 0208:" + kbo + " PO 4711");

      // now reverse charge is accepted
      billing.setValue("version:validFrom", later.toString());
      billing
          .select(en.get("contracts.vatRegime"), en.get("contracts.vatRegime.REVERSE_CHARGE"))
          .press(en.get("contracts.add"));
      billing.waitForText(added());
      assertThat(
              TestDatabase.query(
                  "SELECT vat_regime FROM contract WHERE customer_id = ? AND valid_from = ?",
                  id,
                  later.toString()))
          .contains("REVERSE_CHARGE");

      // a version not yet in force may be deleted; the one in force has no delete button
      assertThat(
              billing.all(
                  By.xpath(
                      "//input[@type='submit' and @value='" + en.get("contracts.delete") + "']")))
          .hasSize(2);
      billing.press(en.get("contracts.delete"));
      billing.waitForText(en.get("contracts.deleted"));
      assertThat(versionCount(id)).isEqualTo("2");
      assertThat(
              TestDatabase.query(
                  "SELECT GROUP_CONCAT(DISTINCT actor) FROM audit_entry"
                      + " WHERE action = 'CONTRACT_VERSION_DELETED' AND outcome = 'GRANTED'"))
          .hasValueSatisfying(actors -> assertThat(actors).contains("billing"));
    }

    // support staff do not find the pages
    try (Browser support = Browser.open(BASE, "en")) {
      support.logInAs("support", PASSWORD, en);
      support.go("/staff/billing/contract.xhtml?customer=" + id);
      assertThat(support.heading()).isEqualTo(en.get("error.404.title"));
      support.go("/staff/billing/contracts.xhtml");
      assertThat(support.heading()).isEqualTo(en.get("error.404.title"));
      assertThat(support.all(By.linkText(en.get("nav.contracts")))).isEmpty();
    }
  }

  /** The start of the message that a version was added (its date follows). */
  private String added() {
    return en.get("contracts.added", "@").split("@")[0].strip();
  }

  private String fixedPrice(String kind) {
    return en.get("contracts.fixedPrice.label", en.get("contracts.kind." + kind));
  }

  private static String versionCount(long customerId) throws Exception {
    return TestDatabase.query("SELECT COUNT(*) FROM contract WHERE customer_id = ?", customerId)
        .orElseThrow();
  }

  /** A Belgian enterprise number no other customer has: 0 + 7 random digits + check digits. */
  private static String randomKbo() {
    long base = ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L);
    return String.format("%08d%02d", base, 97 - base % 97);
  }

  private static long insertCustomer(String name, String kbo) throws Exception {
    TestDatabase.update(
        "INSERT INTO customer (name, public_contact, language, created_at, enterprise_register,"
            + " enterprise_number) VALUES (?, ?, 'EN', UTC_TIMESTAMP(6), 'KBO', ?)",
        name,
        name + ", Somewhere",
        kbo);
    long id =
        Long.parseLong(
            TestDatabase.query("SELECT id FROM customer WHERE name = ?", name).orElseThrow());
    TestDatabase.update(
        "INSERT INTO customer_contact (customer_id, position, name, email, is_primary)"
            + " VALUES (?, 0, 'Quinn', 'privacy@contracts-it.example', TRUE)",
        id);
    TestDatabase.update(
        "INSERT INTO contract (customer_id, valid_from, hourly_rate, vat_rate, created_by,"
            + " created_at) VALUES (?, '2025-01-01', 90.00, 21.00, 'it', UTC_TIMESTAMP(6))",
        id);
    return id;
  }

  private static void fits(Browser page, String what, String screenshot) throws Exception {
    assertThat(page.accessibilityViolations()).as("axe on " + what).isEmpty();
    page.screenshot(screenshot + "-1280");
    page.windowWidth(390);
    assertThat(page.sidewaysOverflow()).as(what + " at 390 px").isEmpty();
    page.screenshot(screenshot + "-390");
    page.windowWidth(1280);
  }

  /** The text of the table row that links to the name. */
  private static String rowOf(Browser browser, String name) {
    return browser.all(By.xpath("//tr[.//a[normalize-space()='" + name + "']]")).get(0).getText();
  }
}
