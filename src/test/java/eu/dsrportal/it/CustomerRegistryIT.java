package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The customer registry as an administrator keeps it (in the browser, every field, contacts,
 * aliases, domains, services, a contract) and how support staff find the customer of a request:
 * ranked suggestions with why, where the data will go, one confirmation; ended customers never.
 */
@SharedPortal(PortalConfig.STANDARD)
class CustomerRegistryIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();

  private final Bundle en = new Bundle("en");
  private final Bundle validation = new Bundle("ValidationMessages", "en");

  @Test
  void anAdministratorRegistersACustomerCompletelyAndFindsItByNameAliasDomainAndNumber()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String name = "Zephyr Retail " + tag;
    String domain = "zephyr-" + tag + ".example";
    String number = kboNumber();
    try (Browser admin = Browser.open(BASE, "en")) {
      admin.logInAs(TestDatabase.createAdministrator("registry", PASSWORD), PASSWORD, en);
      admin
          .follow(en.get("hub.nav.admin"))
          .follow(en.get("nav.customers"))
          .follow(en.get("customers.new"));
      admin
          .fill(en.get("customers.name"), name)
          .fill(en.get("customers.legalForm"), "NV")
          .select(en.get("customers.register"), en.get("enterpriseRegister.KBO"))
          // check digits wrong
          .fill(en.get("customers.enterpriseNumber"), "0123.456.748")
          .select(en.get("customers.role"), en.get("customerRole.PROCESSOR"))
          .select(en.get("customers.calendar"), en.get("holidayCalendar.NL"))
          .fill(en.get("customers.street"), "Meir 99")
          .fill(en.get("customers.postalCode"), "2000")
          .fill(en.get("customers.city"), "Antwerpen")
          .fill(en.get("customers.country"), "BE")
          .fill(en.get("customers.publicContact"), name + ", Meir 99, 2000 Antwerpen")
          .fill(en.get("customers.contactName"), "Anna Eerst")
          .fill(en.get("customers.contactEmail"), "anna@" + domain)
          .fill(en.get("customers.aliases"), "ZephyrShop " + tag + "\nZephyr Outlet " + tag)
          .fill(en.get("customers.emailDomains"), domain)
          .fill(en.get("customers.services"), "Zephyr loyalty card")
          .fill(en.get("customers.contract.hourlyRate"), "85.50");
      admin.setValue("customer:contractFrom", "2026-01-01");
      // a second contact, made the primary one, before anything is saved
      admin.press(en.get("customers.contact.add"));
      type(admin, "customer:contacts:1:name", "Privacy Desk");
      type(admin, "customer:contacts:1:email", "privacy@" + domain);
      type(admin, "customer:contacts:1:phone", "+32 3 123 45 67");
      type(admin, "customer:contacts:1:role", "DPO");
      admin.press(en.get("customers.contact.makePrimary"));
      admin.press(en.get("customers.save"));
      admin.waitForText(validation.get("customer.enterpriseNumber.invalid"));
      assertThat(admin.text(By.id("customerErrorSummary")))
          .contains(validation.get("customer.enterpriseNumber.invalid"));
      assertThat(TestDatabase.query("SELECT COUNT(*) FROM customer WHERE name = ?", name))
          .as("bad input stores nothing")
          .hasValue("0");
      page(admin, "admin-customer-errors");

      admin.fill(en.get("customers.enterpriseNumber"), number);
      admin.press(en.get("customers.save"));
      admin.waitForText(en.get("customers.created", name));
      page(admin, "admin-customer-saved");
      assertThat(admin.text(By.id("customer:contracts"))).contains("85.50", "21.00");
    }
    String id = TestDatabase.query("SELECT id FROM customer WHERE name = ?", name).orElseThrow();
    assertThat(
            TestDatabase.query(
                "SELECT CONCAT(legal_form, '|', enterprise_register, '|', enterprise_number, '|',"
                    + " city, '|', country, '|', role, '|', holiday_calendar)"
                    + " FROM customer WHERE id = ?",
                id))
        .hasValue("NV|KBO|" + number.replace(".", "") + "|Antwerpen|BE|PROCESSOR|NL");
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(CONCAT(name, ':', is_primary) ORDER BY position)"
                    + " FROM customer_contact WHERE customer_id = ?",
                id))
        .hasValue("Anna Eerst:0,Privacy Desk:1");
    assertThat(TestDatabase.query("SELECT COUNT(*) FROM customer_alias WHERE customer_id = ?", id))
        .hasValue("2");
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(domain) FROM customer_email_domain WHERE customer_id = ?", id))
        .hasValue(domain);
    assertThat(
            TestDatabase.query(
                "SELECT CONCAT(valid_from, ' ', hourly_rate, ' ', vat_rate) FROM contract"
                    + " WHERE customer_id = ?",
                id))
        .hasValue("2026-01-01 85.50 21.00");
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'CUSTOMER_CREATED'"
                    + " AND object_id = ?",
                id))
        .hasValue("1");

    try (Browser admin = Browser.open(BASE, "en")) {
      admin.logInAs(TestDatabase.createAdministrator("registry", PASSWORD), PASSWORD, en);
      admin.go("/admin/customers.xhtml");
      page(admin, "admin-customers");
      for (String search : List.of(name, "zephyrshop " + tag, domain, number.replace(".", ""))) {
        admin.fill(en.get("customers.search"), search).press(en.get("customers.searchButton"));
        assertThat(admin.text(By.id("customers"))).as("found by " + search).contains(name);
        assertThat(admin.text(By.id("count"))).isEqualTo("1 customer");
      }
      admin.fill(en.get("customers.search"), "no such customer " + tag);
      admin.press(en.get("customers.searchButton"));
      admin.waitForText(en.get("customers.none"));
      page(admin, "admin-customers-none");
    }
  }

  @Test
  void supportSeesRankedSuggestionsWithWhyAndForwardsOnlyAfterConfirming() throws Exception {
    long byName = verifiedRequest("acme retail", "rank-" + UUID.randomUUID() + "@example.org");
    long byDomain =
        verifiedRequest("Webwinkel", "klant-" + UUID.randomUUID() + "@shopacme.example");
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);

      staff.go("/staff/request.xhtml?id=" + byDomain);
      assertThat(firstSuggestion(staff))
          .startsWith("Acme Retail NV")
          .contains(en.get("suggestionReason.EMAIL_DOMAIN"));

      staff.go("/staff/request.xhtml?id=" + byName);
      String first = firstSuggestion(staff);
      assertThat(first).startsWith("Acme Retail NV").contains(en.get("suggestionReason.NAME"));
      assertThat(staff.text(By.id("forwardForm")))
          .as("an ended customer is never suggested")
          .doesNotContain("Acme Archief NV");
      page(staff, "support-request-suggestions");

      // the keyboard alone: to the first suggestion, Enter
      staff.tabTo("forwardForm:suggestions:0:choose").type(Keys.ENTER);
      staff.waitForText(en.get("forward.check"));
      assertThat(staff.text(By.id("forwardForm:chosen")))
          .contains("Anna Peeters <privacy@acme.example>", "Meir 1, 2000 Antwerpen, BE");
      assertThat(status(byName)).as("chosen, not sent").isEqualTo("RECEIVED");
      assertThat(staff.text(By.id("forwardTitle"))).isEqualTo(en.get("forward.title"));
      assertThat(staff.all(By.id("forwardAgainHint"))).isEmpty();
      page(staff, "support-request-chosen");

      // choosing another one changes nothing either
      staff.press(en.get("forward.cancel"));
      assertThat(staff.all(By.id("forwardForm:chosen"))).isEmpty();
      assertThat(status(byName)).isEqualTo("RECEIVED");

      staff.chooseCustomer(en, "Acme Retail NV");
      // the confirmation names where the data goes; the keyboard confirms it
      assertThat(staff.all(By.id("forwardForm:forward")).get(0).getAttribute("value"))
          .isEqualTo(en.get("forward.confirm", "Acme Retail NV", "privacy@acme.example"));
      staff.tabTo("forwardForm:forward").type(Keys.ENTER);
      staff.waitForText(en.get("forward.done", "Acme Retail NV"));
      assertThat(status(byName)).isEqualTo("FORWARDED");
      assertThat(
              TestDatabase.query(
                  "SELECT c.name FROM forwarding f JOIN customer c ON c.id = f.customer_id"
                      + " WHERE f.request_id = ?",
                  byName))
          .hasValue("Acme Retail NV");
      // our clock on the page answered is the request's as it is now: forwarded, acknowledgement
      // due
      assertThat(staff.text(By.id("clockForwardedAt"))).isNotEqualTo(en.get("clock.panel.notYet"));
      assertThat(staff.all(By.id("clockAckDue"))).isNotEmpty();
      // the form now offers a re-forward, and says what it does to the customer that has it
      assertThat(staff.text(By.id("forwardTitle"))).isEqualTo(en.get("forward.again.title"));
      assertThat(staff.text(By.id("forwardAgainHint")))
          .isEqualTo(en.get("forward.again.hint", "Acme Retail NV"));
      page(staff, "support-request-forwarded");
    }
  }

  @Test
  void anEndedCustomerIsNeitherFoundNorForwardedTo() throws Exception {
    long requestId = verifiedRequest("Acme Archief", "ended-" + UUID.randomUUID() + "@example.org");
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String name = "Quartz Ending " + tag;
    long customerId = insertCustomer(name, "quartz-" + tag + ".example");
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.go("/staff/request.xhtml?id=" + requestId);
      assertThat(staff.text(By.id("forwardForm"))).doesNotContain("Acme Archief NV");
      staff.fill(en.get("forward.search"), "Acme Archief").press(en.get("forward.searchButton"));
      assertThat(staff.text(By.id("forwardForm"))).doesNotContain("Acme Archief NV");

      // chosen while active, ended before the confirmation: the forward is refused
      staff.fill(en.get("forward.search"), name).press(en.get("forward.searchButton"));
      staff.chooseCustomer(en, name);
      TestDatabase.update("UPDATE customer SET ended_at = CURRENT_DATE WHERE id = ?", customerId);
      staff.confirmForward();
      staff.waitForText(en.get("customer.error.ended"));
    }
    assertThat(status(requestId)).isEqualTo("RECEIVED");
    assertThat(
            TestDatabase.query("SELECT COUNT(*) FROM forwarding WHERE request_id = ?", requestId))
        .hasValue("0");
  }

  private static long verifiedRequest(String organisation, String email) throws Exception {
    String reference =
        Api.reference(
            Api.submit(
                BASE,
                Api.requestJson("Rita Registry", email, organisation, "ACCESS", "My data.", "en"),
                null));
    TestDatabase.markVerified(reference);
    return Long.parseLong(
        TestDatabase.query("SELECT id FROM request WHERE reference = ?", reference).orElseThrow());
  }

  private static long insertCustomer(String name, String domain) throws Exception {
    TestDatabase.update(
        "INSERT INTO customer (name, public_contact, language, created_at)"
            + " VALUES (?, ?, 'EN', UTC_TIMESTAMP(6))",
        name,
        name + ", Somewhere");
    long id =
        Long.parseLong(
            TestDatabase.query("SELECT id FROM customer WHERE name = ?", name).orElseThrow());
    TestDatabase.update(
        "INSERT INTO customer_contact (customer_id, position, name, email, is_primary)"
            + " VALUES (?, 0, 'Quinn', ?, TRUE)",
        id,
        "privacy@" + domain);
    TestDatabase.update(
        "INSERT INTO customer_email_domain (customer_id, domain) VALUES (?, ?)", id, domain);
    return id;
  }

  private static String status(long requestId) throws Exception {
    return TestDatabase.query("SELECT status FROM request WHERE id = ?", requestId).orElseThrow();
  }

  private static String firstSuggestion(Browser staff) {
    List<WebElement> items = staff.all(By.cssSelector("#forwardForm ol.suggestions > li"));
    assertThat(items).as("suggestions").isNotEmpty();
    WebElement first = items.get(0);
    // the name is the choosing button's label
    return first.findElement(By.tagName("input")).getDomProperty("value") + " " + first.getText();
  }

  private static void type(Browser browser, String id, String value) {
    WebElement input = browser.all(By.id(id)).get(0);
    input.clear();
    input.sendKeys(value);
  }

  /** A valid Belgian enterprise number no other run has used (most likely). */
  private static String kboNumber() {
    int base = 1_000_000 + new Random().nextInt(8_999_999);
    String digits = String.format("0%07d%02d", base, 97 - ((long) base % 97));
    return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
  }

  /** No serious axe violation, nothing wider than a phone; screenshots at 390 and 1280 pixels. */
  private static void page(Browser page, String name) throws Exception {
    assertThat(page.accessibilityViolations()).as("axe on " + name).isEmpty();
    page.windowWidth(390);
    assertThat(page.sidewaysOverflow()).as(name + " at 390 px").isEmpty();
    page.screenshot(name + "-390");
    page.windowWidth(1280);
    page.screenshot(name + "-1280");
  }
}
