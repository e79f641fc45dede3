package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The intake's defences against robots and floods, with small limits to reach them quickly and the
 * proof of work (ALTCHA) switched on: the browser solves it whenever it sends the form here.
 */
@SharedPortal(PortalConfig.INTAKE_LIMITS)
class IntakeLimitsIT {
  private static final String BASE = PortalConfig.INTAKE_LIMITS.baseUrl();

  private final Bundle en = new Bundle("en");

  /** One test: the limits count every request from this address, so the order matters. */
  @Test
  void robotsAndFloodsAreTurnedAwayWithAClearAnswerAndNothingStored() throws Exception {
    // a robot fills in the field people never see: refused, nothing stored, no limit spent
    String robot = unique("robot");
    try (Browser browser = Browser.open(BASE, "en")) {
      browser.go("/").setValue("intake:website", "https://spam.example");
      browser.submitRequest(
          en, "Robot", robot, "Acme", DataSubjectRight.ACCESS, "Buy cheap watches");
      browser.waitForText(en.get("intake.error.rejected"));
      assertThat(browser.heading()).isEqualTo(en.get("intake.title"));
    }
    assertThat(count(robot)).isZero();

    // with the proof of work switched on, a form sent without the solved puzzle is refused
    String lazy = unique("lazy");
    try (Browser browser = Browser.open(BASE, "en")) {
      browser.go("/");
      assertThat(browser.accessibilityViolations()).as("axe with the widget").isEmpty();
      browser.removeElements("altcha-widget");
      browser.submitRequest(en, "Lazy", lazy, "Acme", DataSubjectRight.ACCESS, "No puzzle");
      browser.waitForText(en.get("intake.error.proofOfWork"));
    }
    assertThat(count(lazy)).isZero();

    // one e-mail address: two requests a day, the third is refused with 429 and stored nowhere
    String flooded = unique("flooded");
    for (int i = 0; i < 2; i++) {
      assertThat(Api.submit(BASE, json(flooded), null).statusCode()).isEqualTo(201);
    }
    HttpResponse<String> refused = Api.submit(BASE, json(flooded), null);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.body()).contains("\"status\":429");
    assertThat(count(flooded)).isEqualTo(2);

    // one client address: four an hour, three of them spent above if the browser reaches the portal
    // from the same address as the API client (localhost may be ::1 for one, 127.0.0.1 for the
    // other): within five tries the form refuses, in the user's words, and stores nothing
    String tooMany = en.get("intake.error.tooMany");
    int accepted = 0;
    boolean formRefused = false;
    try (Browser browser = Browser.open(BASE, "en")) {
      for (int i = 0; i < 5 && !formRefused; i++) {
        String email = unique("form" + i);
        browser.go("/").submitRequest(en, "Form", email, "Acme", DataSubjectRight.ACCESS, "Again");
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .ignoreExceptions()
            .until(
                () ->
                    browser.text().contains(tooMany)
                        || en.get("confirmation.title").equals(browser.heading()));
        formRefused = browser.text().contains(tooMany);
        assertThat(count(email)).isEqualTo(formRefused ? 0 : 1);
        accepted += formRefused ? 0 : 1;
      }
    }
    assertThat(formRefused).isTrue();
    assertThat(accepted).isBetween(1, 4);
  }

  private static String json(String email) {
    return Api.requestJson("Flood", email, "Acme", "ACCESS", "again", "en");
  }

  private static long count(String email) throws Exception {
    return Long.parseLong(
        TestDatabase.query(
                PortalConfig.INTAKE_LIMITS,
                "SELECT COUNT(*) FROM request WHERE subject_email = ?",
                email)
            .orElseThrow());
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }
}
