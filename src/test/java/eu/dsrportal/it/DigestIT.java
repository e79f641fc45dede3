package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The daily digest's switches (issue 11), as their users flip them: a support user's own digest on
 * their account page, a customer's administrator's for the customer's privacy contact. What the
 * digest holds is checked in ServicesIT, which runs the job at a chosen morning.
 */
@SharedPortal(PortalConfig.STANDARD)
class DigestIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();

  private final Bundle en = new Bundle("en");

  @Test
  void aSupportUserSwitchesTheirDigestOffAndChoosesItsLanguage() throws Exception {
    String username = "digest-" + UUID.randomUUID().toString().substring(0, 8);
    TestDatabase.createUser(username, PASSWORD, "SUPPORT", null);
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs(username, PASSWORD, en);
      staff.follow(username).follow(en.get("nav.digest"));
      assertThat(staff.heading()).isEqualTo(en.get("digest.title"));
      assertThat(staff.field(en.get("digest.enabled")).isSelected()).isTrue();
      staff.screenshot("digest-settings-1280");
      staff.windowWidth(390);
      assertThat(staff.sidewaysOverflow()).isEmpty();
      staff.screenshot("digest-settings-390");
      staff.windowWidth(1280);

      staff
          .choose(en.get("digest.enabled"))
          .select(en.get("digest.language"), en.get("language.fr"))
          .press(en.get("digest.save"))
          .waitForText(en.get("digest.saved.off"));

      assertThat(
              TestDatabase.query(
                  "SELECT CONCAT(d.enabled, ' ', u.mail_language) FROM digest_setting d"
                      + " JOIN user_account u ON u.username = d.recipient_key"
                      + " WHERE d.recipient_kind = 'USER' AND d.recipient_key = ?",
                  username))
          .contains("0 FR");
      staff.go("/account/digest.xhtml");
      assertThat(staff.field(en.get("digest.enabled")).isSelected()).isFalse();
      assertThat(
              new Select(staff.field(en.get("digest.language"))).getFirstSelectedOption().getText())
          .isEqualTo(en.get("language.fr"));
    }
  }

  @Test
  void aCustomersAdministratorSwitchesTheCustomersDigestOffAndOnAgain() {
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      acme.go("/customer/users.xhtml");
      assertThat(acme.text()).contains(en.get("digest.customer.title"));
      acme.windowWidth(390);
      assertThat(acme.sidewaysOverflow()).isEmpty();
      acme.windowWidth(1280);
      boolean wasOn = acme.field(en.get("digest.customer.enabled")).isSelected();

      acme.choose(en.get("digest.customer.enabled"))
          .press(en.get("digest.customer.save"))
          .waitForText(en.get(wasOn ? "digest.customer.saved.off" : "digest.customer.saved.on"));
      acme.choose(en.get("digest.customer.enabled"))
          .press(en.get("digest.customer.save"))
          .waitForText(en.get(wasOn ? "digest.customer.saved.on" : "digest.customer.saved.off"));
    }
  }
}
