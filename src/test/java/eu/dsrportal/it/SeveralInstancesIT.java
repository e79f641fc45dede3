package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.MailCatcher;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.PortalServer;
import eu.dsrportal.testing.PublicForm;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances of the portal on one MariaDB (issue 13): requests submitted through both, one
 * instance killed in the middle, and then every acknowledged request exists once, every mail went
 * out once, and the scheduled jobs ran once per due time between them; a public form shown by one
 * instance is stored by the other. Then a session held by the lost instance: the other one asks for
 * a login and says why.
 */
@SharedPortal(value = PortalConfig.STANDARD, alongside = PortalConfig.STANDARD_TWIN)
class SeveralInstancesIT {
  private static final PortalConfig FIRST = PortalConfig.STANDARD;
  private static final PortalConfig TWIN = PortalConfig.STANDARD_TWIN;
  private static final int MOST_SUBMISSIONS = 3_000;
  private static final Duration SEALER_EVERY = Duration.ofSeconds(5);

  @RegisterExtension static GreenMailExtension greenMail = new GreenMailExtension(MailCatcher.SMTP);

  private final Bundle en = new Bundle("en");

  @Test
  void requestsThroughTwoInstancesOneKilledMidLoadAreEachStoredAndMailedOnceAndJobsRunOnce()
      throws Exception {
    PortalServer.ensureStarted(TWIN);
    Instant windowStart = Instant.now();
    long sealerRunsBefore = sealerRuns();
    String run = UUID.randomUUID().toString().substring(0, 6);
    Map<String, String> acknowledged = new ConcurrentHashMap<>(); // address -> reference
    Map<String, Instant> firstAfterKill = new ConcurrentHashMap<>();
    CountDownLatch twinAnswered = new CountDownLatch(6);
    AtomicInteger refused = new AtomicInteger();
    Instant[] killedAt = {Instant.MAX};

    // the public form keeps nothing on the instance that showed it: sent to the other one, it
    // is stored there (as it is when the instance that showed it is lost)
    String formAddress = "twin-" + run + "-form@example.org";
    HttpResponse<Void> formSent =
        PublicForm.shownBy(TWIN.baseUrl())
            .filledInFor("Sam Form", formAddress)
            .send(FIRST.baseUrl());
    assertThat(formSent.statusCode())
        .as("the form shown by the twin, sent to the first")
        .isEqualTo(302);
    assertThat(
            TestDatabase.query(
                "SELECT reference FROM request WHERE subject_email = ?", formAddress))
        .contains(PublicForm.reference(formSent));
    // four clients submit through both instances in turn until the twin is killed and the first
    // has taken some more after that (at most MOST_SUBMISSIONS): the kill falls in the load
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<?>> sent = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      sent.add(
          clients.submit(
              () -> {
                for (int i = next.getAndIncrement();
                    i < MOST_SUBMISSIONS && (refused.get() == 0 || firstAfterKill.size() < 10);
                    i = next.getAndIncrement()) {
                  PortalConfig through = i % 2 == 0 ? FIRST : TWIN;
                  String address = "twin-" + run + "-" + i + "@example.org";
                  try {
                    HttpResponse<String> response =
                        Api.submit(
                            through.baseUrl(),
                            Api.requestJson(
                                "Sam Twin", address, "Acme", "ACCESS", "Two instances.", "en"),
                            null);
                    if (response.statusCode() == 201) {
                      acknowledged.put(address, Api.reference(response));
                      if (through == TWIN) {
                        twinAnswered.countDown();
                      } else if (Instant.now().isAfter(killedAt[0])) {
                        firstAfterKill.putIfAbsent(address, Instant.now());
                      }
                    }
                  } catch (IOException lost) {
                    refused.incrementAndGet(); // the killed instance: no acknowledgement
                  }
                }
                return null;
              }));
    }
    assertThat(twinAnswered.await(60, TimeUnit.SECONDS)).as("the twin took requests").isTrue();
    PortalServer.kill(TWIN);
    killedAt[0] = Instant.now();
    for (Future<?> submission : sent) {
      submission.get(60, TimeUnit.SECONDS);
    }
    clients.shutdown();

    assertThat(refused.get()).as("submissions to the killed instance were refused").isPositive();
    assertThat(firstAfterKill).as("the first instance went on taking requests").isNotEmpty();
    for (Map.Entry<String, String> request : acknowledged.entrySet()) {
      assertThat(count("SELECT COUNT(*) FROM request WHERE reference = ?", request.getValue()))
          .as(request.getValue())
          .isEqualTo(1);
      assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", request.getKey()))
          .as("one mail queued for " + request.getKey())
          .isEqualTo(1);
    }

    Map<String, Long> received =
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(
                SeveralInstancesIT::receivedByRecipient,
                mails -> mails.keySet().containsAll(acknowledged.keySet()));
    long duplicates =
        acknowledged.keySet().stream().mapToLong(address -> received.get(address) - 1).sum();
    assertThat(duplicates)
        .as("each mail sent once (at most one repeated: the one the killed instance was sending)")
        .isLessThanOrEqualTo(1);

    // the load may be over within one of the sealer's periods: wait for its next due time
    long runs =
        Awaitility.await()
            .atMost(SEALER_EVERY.multipliedBy(4))
            .pollInterval(Duration.ofMillis(250))
            .until(() -> sealerRuns() - sealerRunsBefore, ran -> ran > 0);
    long dueTimes = Duration.between(windowStart, Instant.now()).dividedBy(SEALER_EVERY) + 1;
    assertThat(runs)
        .as("the audit sealer of both instances ran at most once per due time")
        .isLessThanOrEqualTo(dueTimes);
  }

  @Test
  void aSessionOfALostInstanceEndsOnTheLoginPageWithWhyButALogoutDoesNot() throws Exception {
    // the twin may be killed already by the test above: a session the first instance does not
    // know is what the proxy sends it then
    try (Browser customer = Browser.open(FIRST.baseUrl(), "en")) {
      customer.logInAs("acme", "It-Password-2026!", en);
      customer.go("/customer/requests.xhtml");
      customer.setCookie("JSESSIONID", "lost-" + UUID.randomUUID().toString().replace("-", ""));

      customer.go("/customer/requests.xhtml");

      assertThat(customer.text()).contains(en.get("cluster.session.ended"));
      assertThat(customer.field(en.get("login.username")).isDisplayed()).isTrue();

      customer.logInAs("acme", "It-Password-2026!", en);
      customer.logOut(en);
      assertThat(customer.text())
          .as("a deliberate logout is not a session that ended")
          .doesNotContain(en.get("cluster.session.ended"));
    }
  }

  private static Map<String, Long> receivedByRecipient() {
    return java.util.Arrays.stream(greenMail.getReceivedMessages())
        .map(SeveralInstancesIT::recipient)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long sealerRuns() throws Exception {
    return Long.parseLong(
        TestDatabase.query("SELECT runs FROM job_lease WHERE name = 'audit-chain-sealer'")
            .orElse("0"));
  }

  private static long count(String sql, String parameter) throws Exception {
    return Long.parseLong(TestDatabase.query(sql, parameter).orElseThrow());
  }
}
