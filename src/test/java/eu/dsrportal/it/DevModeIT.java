package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.Deployments;
import eu.dsrportal.testing.PortalIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The portal as the run command starts it: no SMTP server configured, so mail is caught inside the
 * portal and shown on the staff Mailbox page, links included.
 */
@PortalIT
@RunAsClient
class DevModeIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = "http://localhost:" + System.getProperty("it.http.port");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal(Map.of("portal.dev-mode", "true", "portal.dev.smtp-port", "2526"));
  }

  private final Bundle en = new Bundle("en");

  @Test
  void theMailboxShowsEveryMailSentWithWorkingLinks() throws Exception {
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/v1/requests"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"Lena Maes\",\"email\":\"lena@example.org\",\"organisation\":"
                                + "\"De Kroon\",\"right\":\"OBJECTION\",\"description\":\"Stop the"
                                + " newsletter\",\"language\":\"en\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    String reference = created.body().replaceAll(".*\"(DSR-[0-9-]+)\".*", "$1");

    String link;
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", PASSWORD, en);
      staff.follow(en.get("nav.mailbox"));
      staff.reloadUntilText(en.get("mail.received.subject", reference));

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
