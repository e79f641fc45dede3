package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.identity.domain.OneTimeCodes;
import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Postbacks as a browser without script, or a page older than the data, would send them: over HTTP
 * with the session cookie and the page's own view state, reading the database to see what was (not)
 * done.
 */
@SharedPortal
class PostbackIT {
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String PASSWORD = "It-Password-2026!";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern FORM_NONCE =
      Pattern.compile("<input type=\"hidden\" name=\"primefaces.nonce\" value=\"([^\"]+)\"");

  private final Bundle en = new Bundle("en");

  @Test
  void aPostbackWithoutTheScriptNonceIsRefusedBeforeItsActionAndTheFormsOwnNonceWorks()
      throws Exception {
    long requestId = forwardedToAcme("postback-nonce@example.org");
    String customerUser = "pb-" + UUID.randomUUID().toString().substring(0, 6);
    TestDatabase.createUser(customerUser, PASSWORD, "CUSTOMER", acmeId());
    Session customer = Session.logIn(customerUser);
    Page page = customer.get("/customer/request.xhtml?id=" + requestId);
    assertThat(page.formNonces())
        .as("every form carries the page's nonce, written by the server")
        .isNotEmpty()
        .containsOnly(page.scriptNonce());

    String[] ask = {
      "assistanceForm",
      "assistanceForm",
      "assistanceForm:instruction",
      "Please find the customer's records.",
      "assistanceForm:ask",
      en.get("assistance.ask.button"),
      "jakarta.faces.ViewState",
      page.viewState()
    };
    HttpResponse<String> refused = customer.post(page.path(), ask);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains(en.get("error.400.form"))
        .doesNotContain(en.get("error.500.title"));
    assertThat(tasksOf(requestId)).as("the action did not run").isZero();

    String[] withForeignNonce = append(ask, "primefaces.nonce", freshNonce());
    assertThat(customer.post(page.path(), withForeignNonce).statusCode()).isEqualTo(400);
    assertThat(tasksOf(requestId)).isZero();

    // the form as the server wrote it, without any script: sent once, done once
    HttpResponse<String> sent =
        customer.post(page.path(), append(ask, "primefaces.nonce", page.formNonces().get(0)));
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains(en.get("assistance.asked"));
    assertThat(tasksOf(requestId)).isEqualTo(1);
  }

  @Test
  void aSecondFactorIsNotEnrolledOverOneEnrolledSinceThePageWasShown() throws Exception {
    String username = "pb-2fa-" + UUID.randomUUID().toString().substring(0, 6);
    TestDatabase.createUser(username, PASSWORD, "SUPPORT", null);
    Session user = Session.logIn(username);
    Page page = user.get("/account/second-factor.xhtml");
    Matcher shown = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>").matcher(page.body());
    assertThat(shown.find()).as("the enrolment form with its secret").isTrue();
    String pageSecret = shown.group(1).replace(" ", "");

    // meanwhile, on another page, the user enrolled another phone
    String enrolled = OneTimeCodes.newSecret();
    execute(
        "UPDATE user_account SET totp_secret = ?, totp_enrolled_at = ? WHERE username = ?",
        enrolled,
        java.sql.Timestamp.from(Instant.now()),
        username);

    HttpResponse<String> answer =
        user.post(
            page.path(),
            "enrol",
            "enrol",
            "enrol:code",
            OneTimeCodes.codeAt(pageSecret, Instant.now()),
            "enrol:enrolFactor",
            en.get("twofactor.enrol"),
            "jakarta.faces.ViewState",
            page.viewState(),
            "primefaces.nonce",
            page.formNonces().get(0));
    assertThat(answer.body()).contains(en.get("twofactor.error.alreadyEnrolled"));
    assertThat(
            TestDatabase.query("SELECT totp_secret FROM user_account WHERE username = ?", username))
        .as("the phone enrolled first still works")
        .hasValue(enrolled);
  }

  @Test
  void theForwardFormOfARequestClosedSinceThePageWasShownForwardsNothing() throws Exception {
    String reference = Api.reference(submitted("postback-closed@example.org"));
    long requestId = requestId(reference);
    Session support = Session.logIn("support");
    Page page = support.get("/staff/request.xhtml?id=" + requestId);
    assertThat(page.body()).contains("forwardForm:searchButton");
    Page searched =
        new Page(
            page.path(),
            support.post(
                page.path(),
                "forwardForm",
                "forwardForm",
                "forwardForm:search",
                "Acme Retail",
                "forwardForm:searchButton",
                en.get("forward.searchButton"),
                "jakarta.faces.ViewState",
                page.viewState(),
                "primefaces.nonce",
                page.formNonces().get(0)));
    Matcher choose =
        Pattern.compile("name=\"(forwardForm:results:\\d+:choose)\"[^>]*value=\"Acme Retail NV\"")
            .matcher(searched.body());
    assertThat(choose.find()).as("Acme Retail NV among the results").isTrue();
    Page chosen =
        new Page(
            page.path(),
            support.post(
                page.path(),
                "forwardForm",
                "forwardForm",
                choose.group(1),
                "Acme Retail NV",
                "jakarta.faces.ViewState",
                searched.viewState(),
                "primefaces.nonce",
                searched.formNonces().get(0)));
    assertThat(chosen.body()).contains("forwardForm:forward");

    TestDatabase.closeDaysAgo(reference, 0);
    HttpResponse<String> answer =
        support.post(
            page.path(),
            "forwardForm",
            "forwardForm",
            "forwardForm:forward",
            "x",
            "jakarta.faces.ViewState",
            chosen.viewState(),
            "primefaces.nonce",
            chosen.formNonces().get(0));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains(en.get("request.error.closed"));
    assertThat(
            TestDatabase.query("SELECT COUNT(*) FROM forwarding WHERE request_id = ?", requestId))
        .hasValue("0");
    assertThat(TestDatabase.query("SELECT status FROM request WHERE id = ?", requestId))
        .hasValue("CLOSED");
  }

  /** A request confirmed by its subject and forwarded to Acme Retail NV, by the database. */
  private static long forwardedToAcme(String email) throws Exception {
    long requestId = requestId(Api.reference(submitted(email)));
    execute(
        "INSERT INTO forwarding (request_id, customer_id, forwarded_at, forwarded_by, version)"
            + " VALUES (?, ?, UTC_TIMESTAMP(6), 'support', 0)",
        requestId,
        acmeId());
    execute("UPDATE request SET status = 'FORWARDED' WHERE id = ?", requestId);
    return requestId;
  }

  private static HttpResponse<String> submitted(String email) throws Exception {
    HttpResponse<String> created =
        Api.submit(
            BASE, Api.requestJson("Postback Test", email, "Acme", "ACCESS", "test", "en"), null);
    TestDatabase.markVerified(Api.reference(created));
    return created;
  }

  private static long requestId(String reference) throws Exception {
    return Long.parseLong(
        TestDatabase.query("SELECT id FROM request WHERE reference = ?", reference).orElseThrow());
  }

  private static long acmeId() throws Exception {
    return Long.parseLong(
        TestDatabase.query("SELECT id FROM customer WHERE name = ?", "Acme Retail NV")
            .orElseThrow());
  }

  private static long tasksOf(long requestId) throws Exception {
    return Long.parseLong(
        TestDatabase.query("SELECT COUNT(*) FROM assistance_task WHERE request_id = ?", requestId)
            .orElseThrow());
  }

  private static void execute(String sql, Object... parameters) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    }
  }

  private static String freshNonce() {
    return java.util.Base64.getEncoder()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String[] append(String[] fields, String... more) {
    String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
    System.arraycopy(more, 0, all, fields.length, more.length);
    return all;
  }

  /** A page as it was answered, with what its forms post back. */
  private record Page(String path, HttpResponse<String> response) {
    String body() {
      return response.body();
    }

    String viewState() {
      Matcher m = VIEW_STATE.matcher(body());
      assertThat(m.find()).as("a view state in " + path).isTrue();
      return m.group(1);
    }

    List<String> formNonces() {
      return FORM_NONCE.matcher(body()).results().map(r -> r.group(1)).toList();
    }

    String scriptNonce() {
      String policy =
          response.headers().allValues("Content-Security-Policy").stream()
              .filter(p -> p.contains("script-src"))
              .findFirst()
              .orElseThrow();
      Matcher m = Pattern.compile("'nonce-([A-Za-z0-9+/]+=*)'").matcher(policy);
      assertThat(m.find()).as(policy).isTrue();
      return m.group(1);
    }
  }

  /** One user's cookies, in English, following no redirects. */
  private record Session(HttpClient http) {
    static Session logIn(String username) throws Exception {
      Session session =
          new Session(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
      Page login = session.get("/login.xhtml?lang=en");
      HttpResponse<String> answer =
          session.post(
              login.path(),
              "login",
              "login",
              "login:username",
              username,
              "login:password",
              PASSWORD,
              "login:continueTo",
              "",
              "login:submit",
              "Log in",
              "jakarta.faces.ViewState",
              login.viewState(),
              "primefaces.nonce",
              login.formNonces().get(0));
      assertThat(answer.statusCode()).as("logged in and sent on").isIn(302, 303);
      return session;
    }

    Page get(String path) throws Exception {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(BASE + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      return new Page(path, response);
    }

    HttpResponse<String> post(String path, String... namesAndValues) throws Exception {
      StringBuilder form = new StringBuilder();
      for (int i = 0; i < namesAndValues.length; i += 2) {
        form.append(form.isEmpty() ? "" : "&")
            .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
      }
      return http.send(
          HttpRequest.newBuilder(URI.create(BASE + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
