package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.identity.domain.OneTimeCodes;
import eu.dsrportal.testing.AuthenticatorApp;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Second factor, roles and the customers' own user administration, in Chromium. */
@SharedPortal
class AccountsIT {
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String PASSWORD = "It-Password-2026!";

  private final Bundle en = new Bundle("en");

  @Test
  void anAdministratorNeedsTheCodeAfterThePasswordAndEachCodeWorksOnce() {
    try (Browser admin = Browser.open(BASE, "en")) {
      admin.go("/admin/users.xhtml");
      admin.fill(en.get("login.username"), "admin").fill(en.get("login.password"), PASSWORD);
      admin.press(en.get("login.submit"));
      admin.waitForText(en.get("login.code.hint"));
      assertThat(admin.currentUrl()).contains("/login-code.xhtml");
      // no role yet: a protected page asked for between the two steps leads back to the code
      admin.go("/admin/users.xhtml");
      assertThat(admin.currentUrl()).contains("/login-code.xhtml");
      assertThat(admin.heading()).isEqualTo(en.get("login.code.title"));
      assertThat(admin.text()).doesNotContain(en.get("users.new"));

      admin.go("/login-code.xhtml");
      admin.fill(en.get("login.code"), "000000x").press(en.get("login.code.submit"));
      admin.waitForText(en.get("login.code.failed"));
      String code = AuthenticatorApp.nextCode("admin");
      admin.fill(en.get("login.code"), code).press(en.get("login.code.submit"));
      admin.waitForText(en.get("users.new"));
      assertThat(admin.currentUrl()).contains("/admin/users.xhtml");
      admin.logOut(en);

      // the same code again: refused
      admin.fill(en.get("login.username"), "admin").fill(en.get("login.password"), PASSWORD);
      admin.press(en.get("login.submit"));
      admin.waitForText(en.get("login.code.hint"));
      admin.fill(en.get("login.code"), code).press(en.get("login.code.submit"));
      admin.waitForText(en.get("login.code.failed"));
      admin.fill(en.get("login.code"), AuthenticatorApp.nextCode("admin"));
      admin.press(en.get("login.code.submit"));
      admin.waitForText(en.get("hub.nav.admin"));
      admin.follow(en.get("hub.nav.admin")).follow(en.get("nav.security"));
      assertThat(admin.text(By.id("failures"))).contains(en.get("security.reason.WRONG_CODE"));
    }
  }

  @Test
  void wrongCodesThrottleTheAddressLikeWrongPasswords() throws Exception {
    String username = newStaffUser("codes", "SUPPORT");
    try (Browser user = Browser.open(BASE, "en")) {
      user.logInAs(username, PASSWORD, en);
      enrol(user, username);
      user.logOut(en);
      user.fill(en.get("login.username"), username).fill(en.get("login.password"), PASSWORD);
      user.press(en.get("login.submit"));
      for (int i = 0; i < 4; i++) {
        user.fill(en.get("login.code"), "000000").press(en.get("login.code.submit"));
        user.waitForText(en.get("login.code.failed"));
      }
      user.fill(en.get("login.code"), "000000").press(en.get("login.code.submit"));
      user.waitForText(en.get("login.failed"));
      assertThat(user.currentUrl()).contains("/login.xhtml");
      // the right password no longer leads to the code from this address
      user.fill(en.get("login.username"), username).fill(en.get("login.password"), PASSWORD);
      user.press(en.get("login.submit"));
      user.waitForText(en.get("login.failed"));
      assertThat(user.currentUrl()).contains("/login.xhtml");
    }
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(reason ORDER BY id) FROM failed_login WHERE username = ?",
                username))
        .hasValue("WRONG_CODE,WRONG_CODE,WRONG_CODE,WRONG_CODE,WRONG_CODE,THROTTLED");
  }

  @Test
  void changingOnesPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
    String username = newStaffUser("sessions", "SUPPORT");
    String newPassword = "a slow barge on the Dender";
    try (Browser here = Browser.open(BASE, "en");
        Browser there = Browser.open(BASE, "en")) {
      here.logInAs(username, PASSWORD, en);
      there.logInAs(username, PASSWORD, en);
      assertThat(there.heading()).isEqualTo(en.get("inbox.title"));

      here.follow(username).follow(en.get("nav.password"));
      here.fill(en.get("password.current"), PASSWORD)
          .fill(en.get("password.next"), newPassword)
          .fill(en.get("password.repeat"), newPassword)
          .press(en.get("password.change"));
      here.waitForText(en.get("password.changed"));
      here.go("/staff/inbox.xhtml");
      assertThat(here.heading()).as("this session goes on").isEqualTo(en.get("inbox.title"));

      there.go("/staff/inbox.xhtml");
      assertThat(there.all(By.id("login:username"))).as("the other one ended").isNotEmpty();
      there.logInAs(username, newPassword, en);
      assertThat(there.heading()).isEqualTo(en.get("inbox.title"));
    }
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'SESSION_ENDED' AND actor = ?",
                username))
        .hasValue("1");
  }

  @Test
  void staffMayEnrolAndRemoveASecondFactorAndThenLogInWithACode() throws Exception {
    String username = newStaffUser("twofa", "SUPPORT");
    try (Browser user = Browser.open(BASE, "en")) {
      user.logInAs(username, PASSWORD, en);
      assertThat(user.currentUrl()).contains("/staff/inbox.xhtml");
      user.follow(username).follow(en.get("nav.secondFactor"));
      assertThat(user.text(By.id("twofactorState"))).isEqualTo(en.get("twofactor.off"));
      assertThat(user.all(By.id("qr")).get(0).getDomAttribute("src"))
          .startsWith("data:image/svg+xml;base64,");
      String secret = enrol(user, username);
      assertThat(
              TestDatabase.query(
                  "SELECT totp_secret FROM user_account WHERE username = ?", username))
          .hasValue(secret);
      user.logOut(en);

      user.logInAs(username, PASSWORD, en);
      assertThat(user.currentUrl()).contains("/staff/inbox.xhtml");
      user.follow(username).follow(en.get("nav.secondFactor"));
      user.fill(en.get("login.code"), AuthenticatorApp.nextCode(username));
      user.press(en.get("twofactor.remove"));
      user.waitForText(en.get("twofactor.removed"));
      user.logOut(en);
      user.logInAs(username, PASSWORD, en);
      assertThat(user.currentUrl()).contains("/staff/inbox.xhtml");
    }
  }

  @Test
  void anAdministratorWithoutSecondFactorMustEnrolBeforeAnythingElse() throws Exception {
    String username = newStaffUser("newadmin", "ADMIN");
    try (Browser admin = Browser.open(BASE, "en")) {
      admin.logInAs(username, PASSWORD, en);
      assertThat(admin.currentUrl()).contains("/account/second-factor.xhtml");
      admin.go("/admin/users.xhtml");
      assertThat(admin.currentUrl()).contains("/account/second-factor.xhtml");
      assertThat(admin.text()).contains(en.get("twofactor.required"));
      enrol(admin, username);
      admin.go("/admin/users.xhtml");
      assertThat(admin.currentUrl()).contains("/admin/users.xhtml");
      assertThat(admin.all(By.id("removeFactor"))).isEmpty();
    }
  }

  @Test
  void anAdministratorChangesRolesAndTheUsersOpenSessionEnds() throws Exception {
    String username = newStaffUser("roles", "SUPPORT");
    String administrator = TestDatabase.createAdministrator("admin", PASSWORD);
    try (Browser user = Browser.open(BASE, "en");
        Browser admin = Browser.open(BASE, "en")) {
      user.logInAs(username, PASSWORD, en);
      assertThat(user.currentUrl()).contains("/staff/inbox.xhtml");

      admin.logInAs(administrator, PASSWORD, en);
      openAccount(admin, username);
      admin.waitForText(en.get("user.roles.hint"));
      assertThat(
              admin.all(By.xpath("//label[normalize-space()='" + en.get("role.CUSTOMER") + "']")))
          .as("a staff account is offered staff roles only")
          .isEmpty();
      admin.choose(en.get("role.SUPPORT")).choose(en.get("role.BILLING"));
      admin.press(en.get("user.roles.save"));
      admin.waitForText(en.get("user.roles.saved", username));
      assertThat(TestDatabase.roles(username)).hasValue("BILLING");

      user.go("/staff/inbox.xhtml");
      assertThat(user.all(By.id("login:username"))).as("the old session ended").isNotEmpty();
      user.logInAs(username, PASSWORD, en);
      assertThat(user.currentUrl()).contains("/staff/billing/runs.xhtml");
    }
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'ROLES_CHANGED' AND actor = ?"
                    + " AND object_id = (SELECT id FROM user_account WHERE username = ?)",
                administrator,
                username))
        .hasValue("1");
  }

  @Test
  void anAdministratorRemovesTheSecondFactorOfAUserWhoLostTheirPhone() throws Exception {
    String username = newStaffUser("lost", "SUPPORT");
    TestDatabase.update(
        "UPDATE user_account SET totp_secret = ? WHERE username = ?",
        OneTimeCodes.newSecret(),
        username);
    try (Browser admin = Browser.open(BASE, "en")) {
      admin.logInAs(TestDatabase.createAdministrator("admin", PASSWORD), PASSWORD, en);
      openAccount(admin, username);
      admin.waitForText(en.get("user.secondFactor.hint"));
      assertThat(admin.text(By.id("secondFactor"))).isEqualTo(en.get("users.secondFactor.on"));
      admin.press(en.get("user.secondFactor.resetButton"));
      admin.waitForText(en.get("user.secondFactor.reset", username));
      assertThat(admin.text(By.id("secondFactor"))).isEqualTo(en.get("users.secondFactor.off"));
    }
    assertThat(
            TestDatabase.query(
                "SELECT totp_secret IS NULL FROM user_account WHERE username = ?", username))
        .hasValue("1");
  }

  @Test
  void aCustomerAdministratorCreatesAndDisablesUsersOfTheirOwnCustomerOnly() throws Exception {
    String username = "acme-" + UUID.randomUUID().toString().substring(0, 8);
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.follow(en.get("nav.customerUsers"));
      assertThat(acme.text(By.id("users:accounts"))).contains("acme").doesNotContain("kroon");
      acme.fill(en.get("security.username"), username)
          .fill(en.get("users.name"), "Ann Acme")
          .fill(en.get("users.email"), "ann@acme.example");
      acme.press(en.get("users.create"));
      acme.waitForText(username);
      assertThat(acme.text(By.id("users:accounts"))).contains(username);
      assertThat(
              TestDatabase.query(
                  "SELECT CONCAT(GROUP_CONCAT(r.role ORDER BY r.role), '/', c.name)"
                      + " FROM user_account u JOIN customer c ON c.id = u.customer_id"
                      + " JOIN user_account_role r ON r.user_account_id = u.id"
                      + " WHERE u.username = ? GROUP BY c.name",
                  username))
          .hasValue("CUSTOMER/Acme Retail NV");
      // a username taken elsewhere is told only for a request valid in every other way
      acme.fill(en.get("security.username"), "kroon")
          .fill(en.get("users.name"), " ")
          .fill(en.get("users.email"), "probe@acme.example");
      acme.press(en.get("users.create"));
      acme.waitForText(en.get("users.error.details"));
      assertThat(acme.text()).doesNotContain(en.get("users.error.taken"));

      acme.pressTitled(en.get("users.disable") + " " + username);
      acme.waitForText(en.get("users.disabled", username));
      acme.pressTitled(en.get("users.enable") + " " + username);
      acme.waitForText(en.get("users.enabled", username));

      // suspended by the provider: not the customer's to undo
      TestDatabase.update(
          "UPDATE user_account SET enabled = FALSE, disabled_reason = 'BY_ADMIN',"
              + " disabled_at = UTC_TIMESTAMP(6) WHERE username = ?",
          username);
      acme.go("/customer/users.xhtml");
      assertThat(acme.text(By.id("users:accounts"))).contains(username);
      assertThat(
              acme.all(
                  By.xpath(
                      "//input[@title=" + quoted(en.get("users.enable") + " " + username) + "]")))
          .as("no enabling what the provider suspended")
          .isEmpty();
      assertThat(
              acme.all(
                  By.xpath("//input[@title=" + quoted(en.get("users.disable") + " acme") + "]")))
          .as("no disabling oneself")
          .isEmpty();
    }
    try (Browser kroon = Browser.open(BASE, "en")) {
      kroon.logInAs("kroon", PASSWORD, en);
      assertThat(kroon.text()).doesNotContain(en.get("nav.customerUsers"));
      kroon.go("/customer/users.xhtml");
      assertThat(kroon.heading()).isEqualTo(en.get("error.404.title"));
    }
  }

  @Test
  void administratorsAddCustomersAndCorrectTheirDetails() throws Exception {
    // not only ASCII: forms post UTF-8 and nothing on the way reads them in another encoding
    String name = "Brasserie Zoë & Müller " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser admin = Browser.open(BASE, "en")) {
      admin.logInAs(TestDatabase.createAdministrator("admin", PASSWORD), PASSWORD, en);
      admin
          .follow(en.get("hub.nav.admin"))
          .follow(en.get("nav.customers"))
          .follow(en.get("customers.new"));
      admin.press(en.get("customers.save"));
      admin.waitForText(new Bundle("ValidationMessages", "en").get("customer.name.required"));
      long before =
          Long.parseLong(TestDatabase.query("SELECT COUNT(*) FROM customer").orElseThrow());
      admin
          .fill(en.get("customers.name"), name)
          .fill(en.get("customers.contactName"), "Nina Nieuw")
          .fill(en.get("customers.contactEmail"), "not-an-address")
          .fill(en.get("customers.publicContact"), name + ", Markt 1, 8000 Brugge");
      admin.press(en.get("customers.save"));
      admin.waitForText(new Bundle("ValidationMessages", "en").get("request.email.invalid"));
      assertThat(TestDatabase.query("SELECT COUNT(*) FROM customer"))
          .hasValue(String.valueOf(before));
      admin.fill(en.get("customers.contactEmail"), "privacy@nieuw.example");
      admin.press(en.get("customers.save"));
      admin.waitForText(en.get("customers.created", name));
      admin.follow(en.get("customers.backToList"));
      admin.fill(en.get("customers.search"), name).press(en.get("customers.searchButton"));
      assertThat(admin.text(By.id("customers"))).contains(name, "privacy@nieuw.example");

      admin
          .all(By.xpath("//a[@title=" + quoted(en.get("users.edit") + " " + name) + "]"))
          .get(0)
          .click();
      admin.waitForText(en.get("customers.edit"));
      admin.fill(en.get("customers.contactEmail"), "dpo@nieuw.example");
      admin.press(en.get("customers.save"));
      admin.waitForText(en.get("customers.saved", name));
      admin.follow(en.get("customers.backToList"));
      admin.fill(en.get("customers.search"), name).press(en.get("customers.searchButton"));
      assertThat(admin.text(By.id("customers"))).contains("dpo@nieuw.example");
    }
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action IN ('CUSTOMER_CREATED',"
                    + " 'CUSTOMER_CHANGED') AND object_id = (SELECT id FROM customer WHERE name = ?)",
                name))
        .hasValue("2");
  }

  /** From the accounts list, the page of one account. */
  private void openAccount(Browser admin, String username) {
    admin.follow(en.get("hub.nav.admin")).follow(en.get("nav.users"));
    admin
        .all(By.xpath("//a[@title=" + quoted(en.get("users.edit") + " " + username) + "]"))
        .get(0)
        .click();
  }

  /** A staff account of its own for one test, with the test password. */
  private static String newStaffUser(String prefix, String roles) throws Exception {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    TestDatabase.createUser(username, PASSWORD, roles, null);
    return username;
  }

  private static String quoted(String text) {
    return "'" + text + "'";
  }

  /** Enrols the user's app on the second-factor page; returns the secret the page showed. */
  private String enrol(Browser user, String username) {
    user.go("/account/second-factor.xhtml");
    String secret = user.text(By.id("secret")).replace(" ", "");
    AuthenticatorApp.enrolled(username, secret);
    user.fill(en.get("login.code"), "123").press(en.get("twofactor.enrol"));
    user.waitForText(en.get("twofactor.error.code"));
    user.fill(en.get("login.code"), AuthenticatorApp.nextCode(username));
    user.press(en.get("twofactor.enrol"));
    user.waitForText(en.get("twofactor.enrolled"));
    assertThat(user.text(By.id("twofactorState"))).isEqualTo(en.get("twofactor.on"));
    return secret;
  }
}
