package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.AuthenticatorApp;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.Deployments;
import eu.dsrportal.testing.PortalIT;
import eu.dsrportal.testing.TestDatabase;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Second factor, roles and the customers' own user administration, in Chromium. */
@PortalIT
@RunAsClient
class AccountsIT {
  private static final String BASE = "http://localhost:" + System.getProperty("it.http.port");
  private static final String PASSWORD = "It-Password-2026!";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  private final Bundle en = new Bundle("en");

  @Test
  void anAdministratorNeedsTheCodeAfterThePasswordAndEachCodeWorksOnce() {
    try (Browser admin = Browser.open(BASE, "en")) {
      admin.go("/admin/users.xhtml");
      admin.fill(en.get("login.username"), "admin").fill(en.get("login.password"), PASSWORD);
      admin.press(en.get("login.submit"));
      admin.waitForText(en.get("login.code.hint"));
      assertThat(admin.currentUrl()).contains("/login-code.xhtml");
      // no role yet: the administrators' page is not reachable between the two steps
      admin.go("/admin/users.xhtml");
      assertThat(admin.text()).doesNotContain(en.get("users.new"));

      admin.go("/login-code.xhtml");
      admin.fill(en.get("login.code"), "000000x").press(en.get("login.code.submit"));
      admin.waitForText(en.get("login.code.failed"));
      String code = AuthenticatorApp.nextCode("admin");
      admin.fill(en.get("login.code"), code).press(en.get("login.code.submit"));
      admin.waitForText(en.get("nav.logout"));
      assertThat(admin.text()).contains(en.get("nav.users"));
      admin.logOut(en);

      // the same code again: refused
      admin.fill(en.get("login.username"), "admin").fill(en.get("login.password"), PASSWORD);
      admin.press(en.get("login.submit"));
      admin.waitForText(en.get("login.code.hint"));
      admin.fill(en.get("login.code"), code).press(en.get("login.code.submit"));
      admin.waitForText(en.get("login.code.failed"));
      admin.fill(en.get("login.code"), AuthenticatorApp.nextCode("admin"));
      admin.press(en.get("login.code.submit"));
      admin.waitForText(en.get("nav.logout"));
      admin.follow(en.get("nav.security"));
      assertThat(admin.text(By.id("failures"))).contains(en.get("security.reason.WRONG_CODE"));
    }
  }

  @Test
  void wrongCodesLockTheAccountLikeWrongPasswords() throws Exception {
    String username = "codes-" + UUID.randomUUID().toString().substring(0, 8);
    TestDatabase.createUser(username, PASSWORD, "SUPPORT", null);
    try (Browser user = Browser.open(BASE, "en")) {
      user.logInAs(username, PASSWORD, en);
      String secret = enrol(user, username);
      user.logOut(en);
      AuthenticatorApp.enrolled(username, secret);
      user.fill(en.get("login.username"), username).fill(en.get("login.password"), PASSWORD);
      user.press(en.get("login.submit"));
      for (int i = 0; i < 4; i++) {
        user.fill(en.get("login.code"), "000000").press(en.get("login.code.submit"));
        user.waitForText(en.get("login.code.failed"));
      }
      user.fill(en.get("login.code"), "000000").press(en.get("login.code.submit"));
      user.waitForText(en.get("login.failed"));
      assertThat(user.currentUrl()).contains("/login.xhtml");
      assertThat(
              TestDatabase.query(
                  "SELECT locked_until > UTC_TIMESTAMP() FROM user_account WHERE username = ?",
                  username))
          .hasValue("1");
    }
  }

  @Test
  void staffMayEnrolAndRemoveASecondFactorAndThenLogInWithACode() throws Exception {
    String username = "twofa-" + UUID.randomUUID().toString().substring(0, 8);
    TestDatabase.createUser(username, PASSWORD, "SUPPORT", null);
    try (Browser user = Browser.open(BASE, "en")) {
      user.logInAs(username, PASSWORD, en);
      assertThat(user.currentUrl()).contains("/staff/inbox.xhtml");
      user.follow(en.get("nav.secondFactor"));
      assertThat(user.text(By.id("twofactorState"))).isEqualTo(en.get("twofactor.off"));
      assertThat(user.all(By.id("qr")).get(0).getDomAttribute("src"))
          .startsWith("data:image/svg+xml;base64,");
      String secret = enrol(user, username);
      assertThat(
              TestDatabase.query(
                  "SELECT totp_secret FROM user_account WHERE username = ?", username))
          .hasValue(secret);
      user.logOut(en);

      AuthenticatorApp.enrolled(username, secret);
      user.logInAs(username, PASSWORD, en);
      assertThat(user.currentUrl()).contains("/staff/inbox.xhtml");
      user.follow(en.get("nav.secondFactor"));
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
    String username = "newadmin-" + UUID.randomUUID().toString().substring(0, 8);
    TestDatabase.createUser(username, PASSWORD, "ADMIN", null);
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
