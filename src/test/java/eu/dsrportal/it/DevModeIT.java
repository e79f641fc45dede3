package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The portal as the run command starts it: no SMTP server configured, so mail is caught inside the
 * portal and shown on the staff Mailbox page, links included.
 */
@SharedPortal(PortalConfig.DEV_MODE)
class DevModeIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.DEV_MODE.baseUrl();

  private final Bundle en = new Bundle("en");

  @Test
  void theMailboxShowsEveryMailSentWithWorkingLinks() throws Exception {
    String reference =
        Api.reference(
            Api.submit(
                BASE,
                Api.requestJson(
                    "Lena Maes",
                    "lena@example.org",
                    "De Kroon",
                    "OBJECTION",
                    "Stop the newsletter",
                    "en"),
                null));

    String link;
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.follow(en.get("nav.mailbox"));
      staff.reloadUntilText(en.get("mail.received.verify.subject", reference));
      // the subject's link works from the mailbox too
      String verifyLink =
          staff.all(By.cssSelector("article.mail a")).stream()
              .map(a -> a.getDomAttribute("href"))
              .filter(href -> href.contains("/intake/verify.xhtml") && href.contains(reference))
              .findFirst()
              .orElseThrow();
      staff.go(verifyLink).press(en.get("verify.button"));
      staff.waitForText(en.get("verify.done"));

      staff.go("/staff/inbox.xhtml").follow(reference);
      staff.forwardTo(en, "Kroon", "Brasserie De Kroon BV");

      staff.follow(en.get("nav.mailbox"));
      // De Kroon's privacy contact reads Dutch
      staff.reloadUntilText(new Bundle("nl").get("mail.forwarded.customer.subject", reference));
      link =
          staff.all(By.cssSelector("article.mail a")).stream()
              .map(a -> a.getDomAttribute("href"))
              .filter(href -> href.contains("/customer/request.xhtml"))
              .findFirst()
              .orElseThrow();
    }
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.go(link);
      customer.fill(en.get("login.username"), "kroon").fill(en.get("login.password"), PASSWORD);
      customer.press(en.get("login.submit"));
      customer.waitForText(reference);
      assertThat(customer.text()).contains("Lena Maes", "Stop the newsletter");
    }
  }
}
