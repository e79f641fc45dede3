package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Who must log in with a second factor, as shipped: support and billing staff like administrators
 * (the suite's other servers require it of administrators only, see Deployments), and every user of
 * a customer that requires it.
 */
@SharedPortal(PortalConfig.INTAKE_LIMITS)
class SecondFactorPolicyIT {
  private static final String BASE = PortalConfig.INTAKE_LIMITS.baseUrl();
  private static final String PASSWORD = "It-Password-2026!";

  private final Bundle en = new Bundle("en");

  @Test
  void supportAndBillingStaffCannotWorkWithoutASecondFactor() {
    for (String[] user :
        new String[][] {
          {"support", "/staff/inbox.xhtml"}, {"billing", "/staff/billing/runs.xhtml"}
        }) {
      try (Browser staff = Browser.open(BASE, "en")) {
        staff.logInAs(user[0], PASSWORD, en);
        assertThat(staff.currentUrl()).contains("/account/second-factor.xhtml");
        staff.go(user[1]);
        assertThat(staff.currentUrl()).contains("/account/second-factor.xhtml");
        assertThat(staff.text()).contains(en.get("twofactor.required"));
        assertThat(staff.all(org.openqa.selenium.By.id("qr"))).isNotEmpty();
      }
    }
  }

  @Test
  void aCustomerMayRequireASecondFactorOfAllItsUsers() throws Exception {
    TestDatabase.update(PortalConfig.INTAKE_LIMITS, "DELETE FROM customer_login_policy");
    try (Browser acme = Browser.open(BASE, "en")) {
      acme.logInAs("acme", PASSWORD, en);
      assertThat(acme.currentUrl()).as("optional so far").contains("/customer/requests.xhtml");
      acme.follow(en.get("nav.customerUsers"));
      acme.choose(en.get("customerUsers.secondFactor.require"));
      acme.press(en.get("customerUsers.secondFactor.save"));
      acme.waitForText(en.get("customerUsers.secondFactor.required"));

      acme.go("/customer/requests.xhtml");
      assertThat(acme.currentUrl()).contains("/account/second-factor.xhtml");
      assertThat(acme.text()).contains(en.get("twofactor.required"));
    }
    try (Browser kroon = Browser.open(BASE, "en")) {
      kroon.logInAs("kroon", PASSWORD, en);
      assertThat(kroon.currentUrl())
          .as("another customer's users are not affected")
          .contains("/customer/requests.xhtml");
    }
    TestDatabase.update(PortalConfig.INTAKE_LIMITS, "DELETE FROM customer_login_policy");
  }
}
