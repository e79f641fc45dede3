package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.MailCatcher;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What the pages built from the tag files promise: the error summary of a form shown again, the
 * confirmation and verification pages' headings, reference and links, the not-found page of a
 * logged-in user, and the favicon.
 */
@SharedPortal
class PagesIT {
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String PASSWORD = "It-Password-2026!";

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final MailCatcher mails = new MailCatcher(greenMail);
  private final Bundle en = new Bundle("en");

  @Test
  void aFormShownAgainWithErrorsStartsWithASummaryLinkingToEachInvalidField() throws Exception {
    try (Browser subject = Browser.open(BASE, "en")) {
      subject.go("/");
      assertThat(subject.all(By.className("error-summary"))).isEmpty();
      // lengths come from the entity's constants; fields without one have no limit in the page
      assertThat(subject.field(en.get("intake.name")).getDomAttribute("maxlength"))
          .isEqualTo(String.valueOf(Request.NAME_LENGTH));
      assertThat(subject.field(en.get("intake.description")).getDomAttribute("maxlength")).isNull();
      subject.fill(en.get("intake.email"), "ann@example.org").press(en.get("intake.submit"));
      subject.waitForText(en.get("intake.name.required"));
      // the summary has the focus, so a keyboard or screen reader user starts there
      assertThat(subject.focusedId()).isEqualTo("intakeErrorSummary");
      assertThat(subject.text(By.id("intakeErrorSummaryTitle")))
          .isEqualTo(en.get("errorSummary.title"));
      List<WebElement> links = subject.all(By.cssSelector(".error-summary a"));
      assertThat(links)
          .extracting(WebElement::getText)
          .containsExactly(
              en.get("intake.name.required"),
              en.get("intake.organisation.required"),
              en.get("intake.right.required"),
              en.get("intake.description.required"));
      assertThat(links)
          .extracting(link -> link.getDomAttribute("href"))
          .containsExactly(
              "#intake:name", "#intake:organisation", "#intake:right", "#intake:description");
      // each link leads to its field, which then has the focus
      for (String field : List.of("description", "organisation", "name")) {
        subject
            .all(By.cssSelector(".error-summary a[href='#intake:" + field + "']"))
            .get(0)
            .click();
        assertThat(subject.focusedId()).isEqualTo("intake:" + field);
      }
    }
  }

  @Test
  void theConfirmationKeepsItsReferenceInAnotherLanguageAndConfirmingLinksToTheStatus()
      throws Exception {
    Bundle fr = new Bundle("fr");
    String email = "pages-confirm@example.org";
    try (Browser subject = Browser.open(BASE, "en")) {
      subject.go("/");
      subject.submitRequest(en, "Ann Pages", email, "Acme", DataSubjectRight.OTHER, "Hello.");
      subject.waitForText(en.get("confirmation.title"));
      assertThat(subject.heading()).isEqualTo(en.get("confirmation.title"));
      String reference = subject.text(By.id("reference"));
      subject.follow("FR");
      assertThat(subject.heading()).isEqualTo(fr.get("confirmation.title"));
      assertThat(subject.text(By.id("reference"))).isEqualTo(reference);

      // the chosen language stays with the browser
      subject.go(mails.await(email, reference).link("/intake/verify.xhtml"));
      assertThat(subject.heading()).isEqualTo(fr.get("verify.title"));
      subject.press(fr.get("verify.button"));
      subject.waitForText(fr.get("verify.done"));
      assertThat(subject.heading()).isEqualTo(fr.get("verify.confirmed.title"));
      assertThat(subject.text(By.id("reference"))).isEqualTo(reference);
      subject.follow(fr.get("verify.statusLink"));
      assertThat(subject.heading()).isEqualTo(fr.get("subjectStatus.title"));
      assertThat(subject.text(By.id("current"))).isEqualTo(fr.get("subjectStatus.RECEIVED"));
    }
  }

  @Test
  void theNotFoundPageOfACustomerKeepsTheMenuAndLeadsHomeToItsRequests() {
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.logInAs("kroon", PASSWORD, en);
      customer.go("/no-such-page.xhtml");
      assertThat(customer.heading()).isEqualTo(en.get("error.404.title"));
      assertThat(customer.all(By.linkText(en.get("nav.customerRequests")))).hasSize(1);
      customer.follow(en.get("error.home"));
      assertThat(customer.currentUrl()).endsWith("/customer/requests.xhtml");
      // a page of another role is shown as not found, with the same way home
      customer.go("/staff/inbox.xhtml");
      assertThat(customer.heading()).isEqualTo(en.get("error.404.title"));
      assertThat(customer.all(By.linkText(en.get("nav.customerRequests")))).hasSize(1);
    }
    try (Browser anonymous = Browser.open(BASE, "en")) {
      anonymous.go("/no-such-page.xhtml");
      anonymous.follow(en.get("error.home"));
      assertThat(anonymous.heading()).isEqualTo(en.get("intake.title"));
    }
  }

  @Test
  void onAPhoneTheMenuFoldsBehindAButtonThatTheKeyboardOpens() throws Exception {
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.logInAs("kroon", PASSWORD, en);
      By requests = By.linkText(en.get("nav.customerRequests"));
      assertThat(customer.all(requests)).hasSize(1);
      customer.windowWidth(390);
      assertThat(customer.all(requests)).isEmpty();
      customer.screenshot("menu-closed-390");
      customer.tabTo("menuToggle").type(Keys.SPACE);
      assertThat(customer.all(requests)).hasSize(1);
      customer.screenshot("menu-open-390");
    }
  }

  @Test
  void theFaviconIsServed() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path : List.of("/favicon.ico", "/favicon.svg")) {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(BASE + path)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.body()).as(path).isNotEmpty();
    }
  }
}
