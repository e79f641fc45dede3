package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.MailCatcher;
import eu.dsrportal.testing.MailCatcher.Mail;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The public pages a data subject sees, in each language and on a 320-pixel phone screen: axe-core
 * finds no serious or critical WCAG 2.1 A/AA violation on the form (empty and with errors), the
 * confirmation, the verification page and the status page, and none of them scrolls sideways.
 */
@SharedPortal
class AccessibilityIT {
  private static final String BASE = PortalConfig.STANDARD.baseUrl();

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final MailCatcher mails = new MailCatcher(greenMail);

  @ParameterizedTest
  @ValueSource(strings = {"nl", "fr", "en", "de"})
  void thePublicPagesPassAxeInEveryLanguageOnANarrowScreen(String language) throws Exception {
    Bundle texts = new Bundle(language);
    String email = "a11y-" + language + "@example.org";
    try (Browser subject = Browser.open(BASE, language)) {
      subject.windowWidth(320).go("/");
      assertThat(subject.pageLanguage()).isEqualTo(language);
      check(subject, "form");

      subject.press(texts.get("intake.submit"));
      subject.waitForText(texts.get("intake.name.required"));
      check(subject, "form with errors");
      // each error is tied to its field, which says it is invalid
      var name = subject.field(texts.get("intake.name"));
      assertThat(name.getDomAttribute("aria-invalid")).isEqualTo("true");
      assertThat(subject.text(By.id(name.getDomAttribute("aria-describedby"))))
          .isEqualTo(texts.get("intake.name.required"));

      subject.submitRequest(
          texts, "Ann Example", email, "Acme", DataSubjectRight.OTHER, "A question.");
      assertThat(subject.heading()).isEqualTo(texts.get("confirmation.title"));
      String reference = subject.text(By.id("reference"));
      check(subject, "confirmation");

      // the subject's mail comes in the language they used
      Mail mail = mails.await(email, reference);
      assertThat(mail.subject).isEqualTo(texts.get("mail.received.verify.subject", reference));
      subject.go(mail.link("/intake/verify.xhtml"));
      check(subject, "verification");
      subject.press(texts.get("verify.button"));
      subject.waitForText(texts.get("verify.done"));
      check(subject, "verification done");

      subject.go(mail.link("/intake/status.xhtml"));
      assertThat(subject.text(By.id("current"))).isEqualTo(texts.get("subjectStatus.RECEIVED"));
      check(subject, "status");
    }
  }

  @Test
  void aRequestCanBeSentAndConfirmedWithTheKeyboardAlone() throws Exception {
    Bundle en = new Bundle("en");
    String email = "keyboard@example.org";
    try (Browser subject = Browser.open(BASE, "en")) {
      subject.go("/");
      // sent empty with Enter: the page says so in its title, the first thing a screen reader reads
      subject.tabTo("intake:name").type(Keys.ENTER);
      subject.waitForText(en.get("intake.name.required"));
      assertThat(subject.title()).startsWith(en.get("page.errorPrefix"));

      subject.tabTo("intake:name").type("Kim Keys");
      subject.tabTo("intake:email").type(email);
      subject.tabTo("intake:organisation").type("Acme");
      // a select takes the first letters of its option
      subject.tabTo("intake:right").type("Access");
      subject.tabTo("intake:description").type("Everything you hold about me, please.");
      subject.tabTo("intake:submit").type(Keys.ENTER);
      subject.waitForText(en.get("confirmation.reference"));
      assertThat(subject.title()).doesNotStartWith(en.get("page.errorPrefix"));
      String reference = subject.text(By.id("reference"));

      subject.go(mails.await(email, reference).link("/intake/verify.xhtml"));
      subject.tabTo("verify:confirm").type(Keys.ENTER);
      subject.waitForText(en.get("verify.done"));
    }
    assertThat(
            TestDatabase.query("SELECT status FROM request WHERE reference = ?", reference(email)))
        .hasValue("RECEIVED");
  }

  private static String reference(String email) throws Exception {
    return TestDatabase.query("SELECT reference FROM request WHERE subject_email = ?", email)
        .orElseThrow();
  }

  private static void check(Browser page, String what) throws Exception {
    assertThat(page.accessibilityViolations()).as("axe on the " + what).isEmpty();
    assertThat(page.sidewaysOverflow()).as("the " + what + " at 320 px").isEmpty();
  }
}
