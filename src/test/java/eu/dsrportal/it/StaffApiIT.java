package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.identity.domain.ApiTokenSecret;
import eu.dsrportal.identity.domain.OneTimeCodes;
import eu.dsrportal.shared.domain.SecretToken;
import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.AuthenticatorApp;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The staff API with personal API tokens, over HTTP as the provider's tools call it, with the
 * database read directly to see what was (not) stored.
 */
@SharedPortal(PortalConfig.STANDARD)
class StaffApiIT {
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String PASSWORD = "It-Password-2026!";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final Bundle en = new Bundle("en");

  @Test
  void aTokenIsShownOnceStoredHashedWorksAndStopsWhenRevoked() throws Exception {
    String admin = TestDatabase.createAdministrator("apitoken", PASSWORD);
    String secret;
    try (Browser browser = Browser.open(BASE, "en")) {
      browser.logInAs(admin, PASSWORD, en);
      browser.follow(admin).follow(en.get("nav.apiTokens"));
      browser.fill(en.get("apiTokens.name"), "CRM sync").press(en.get("apiTokens.create"));
      browser.waitForText(en.get("apiTokens.secret.once"));
      secret = browser.text(By.id("newTokenSecret"));
      assertThat(secret).matches("dsr_[A-Za-z0-9_-]{43}");
      assertThat(browser.accessibilityViolations()).as("axe on the new token").isEmpty();
      browser.windowWidth(390);
      assertThat(browser.sidewaysOverflow()).as("the new token at 390 px").isEmpty();
      browser.windowWidth(1280);

      assertThat(
              TestDatabase.query(
                  "SELECT token_hash FROM api_token t JOIN user_account u"
                      + " ON u.id = t.user_account_id WHERE u.username = ? AND t.name = 'CRM sync'",
                  admin))
          .as("only the hash is stored")
          .hasValue(SecretToken.hash(secret));
      assertThat(
              TestDatabase.query(
                  "SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR prefix = ? OR name = ?",
                  secret,
                  secret,
                  secret))
          .hasValue("0");

      browser.go("/account/api-tokens.xhtml");
      assertThat(browser.pageSource())
          .as("the list never shows the token again, only its first characters")
          .doesNotContain(secret)
          .contains(secret.substring(0, 12), "CRM sync");

      assertThat(call("GET", "/api/v1/requests?limit=1", secret, null).statusCode()).isEqualTo(200);
      assertThat(
              TestDatabase.query(
                  "SELECT last_used_at FROM api_token WHERE token_hash = ?",
                  SecretToken.hash(secret)))
          .isPresent();

      HttpResponse<String> bySession =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(BASE + "/api/v1/requests?limit=1"))
                  .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID").getValue())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(bySession.statusCode()).as("a session does not open the staff API").isEqualTo(401);

      browser.pressTitled(en.get("apiTokens.revoke") + " CRM sync");
      browser.waitForText(en.get("apiTokens.revokedDone", "CRM sync"));
    }
    HttpResponse<String> revoked = call("GET", "/api/v1/requests?limit=1", secret, null);
    assertUnauthorized(revoked);
    assertThat(revoked.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("invalid_token");
    for (String action : new String[] {"API_TOKEN_CREATED", "API_TOKEN_REVOKED"}) {
      assertThat(auditCount(action, admin, "GRANTED")).as(action).isEqualTo(1);
    }
    assertThat(auditCount("API_TOKEN_REFUSED", admin, "DENIED")).isEqualTo(1);
  }

  @Test
  void withoutAValidTokenTheApiAnswers401ProblemJsonNeverTheLoginPageNorASession()
      throws Exception {
    String reference = receivedRequest("nobody");
    List<HttpResponse<String>> answers = new ArrayList<>();
    answers.add(call("GET", "/api/v1/requests", null, null));
    answers.add(call("GET", "/api/v1/requests/" + reference, null, null));
    answers.add(
        call("POST", "/api/v1/requests/" + reference + "/close", null, "{\"reason\":\"SPAM\"}"));
    answers.add(call("GET", "/api/v1/requests/" + reference, "dsr_" + "x".repeat(43), null));
    answers.add(call("GET", "/api/v1/requests/" + reference, "not even a token", null));
    for (HttpResponse<String> answer : answers) {
      assertUnauthorized(answer);
    }
    assertThat(status(reference)).isEqualTo("RECEIVED");
    assertThat(auditCount("API_TOKEN_REFUSED", "anonymous", "DENIED")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void tooManyRefusedTokensFromOneNetworkGet429WithoutALookupOrAnAuditEntryEachOthersWorkOn()
      throws Exception {
    String token = tokenOf(staff("SUPPORT"));
    // another client behind the tests' trusted proxy: an IPv6 /64 of its own, each call from
    // another address in it (one network counts as one client); the tests' limit is 20 a minute
    String network = "2001:db8:" + Integer.toHexString(1 + new Random().nextInt(0xfffe)) + ":1:";
    int sent = 50;
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (int i = 1; i <= sent; i++) {
      answers.add(
          callFrom(
              network + ":" + i,
              "GET",
              "/api/v1/requests?limit=1",
              ApiTokenSecret.generate().value(),
              null));
    }
    HttpResponse<String> validThere =
        callFrom(network + ":99", "GET", "/api/v1/requests?limit=1", token, null);
    assertUnauthorized(answers.get(0));
    long unauthorized = answers.stream().filter(a -> a.statusCode() == 401).count();
    assertThat(unauthorized).as("refused before the throttle").isBetween(20L, sent / 2L);
    assertThat(answers.stream().filter(a -> a.statusCode() == 429).count())
        .isEqualTo(sent - unauthorized);
    HttpResponse<String> throttled = answers.get(sent - 1);
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(throttled.body()).contains("\"status\":429");
    assertThat(throttled.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));

    assertThat(
            Long.parseLong(
                TestDatabase.query(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'API_TOKEN_REFUSED'"
                            + " AND client_ip LIKE ?",
                        network + "%")
                    .orElseThrow()))
        .as("one refusal in the trail per token checked, none per throttled call")
        .isEqualTo(unauthorized);
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(object_id) FROM audit_entry"
                    + " WHERE action = 'API_TOKENS_THROTTLED' AND client_ip LIKE ?",
                network + "%"))
        .as("the throttle once, for the /64")
        .hasValue(network + ":/64");

    // while it lasts even a valid token from that network is not looked up (sent right after the
    // last throttled call: an attempt comes back every 3 s)
    assertThat(validThere.statusCode()).isEqualTo(429);
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM api_token WHERE token_hash = ? AND last_used_at IS NULL",
                SecretToken.hash(token)))
        .hasValue("1");
    // the same token from another address works
    HttpResponse<String> elsewhere =
        callFrom("198.51.100.61", "GET", "/api/v1/requests?limit=1", token, null);
    assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(200);
    assertThat(call("GET", "/api/v1/requests?limit=1", token, null).statusCode()).isEqualTo(200);
  }

  @Test
  void aCustomerUserHasNoTokensAndACustomersTokenWouldNotWork() throws Exception {
    try (Browser kroon = Browser.open(BASE, "en")) {
      kroon.logInAs("kroon", PASSWORD, en);
      assertThat(kroon.text()).doesNotContain(en.get("nav.apiTokens"));
      kroon.go("/account/api-tokens.xhtml");
      assertThat(kroon.heading()).isEqualTo(en.get("error.404.title"));
    }
    // a token row for a customer's account (which the portal never makes) is refused too
    String token = tokenOf("kroon");
    assertUnauthorized(call("GET", "/api/v1/requests", token, null));
  }

  @Test
  void theRolesOfTheTokensAccountDecideAsOnThePages() throws Exception {
    String support = staff("SUPPORT");
    String billing = staff("BILLING");
    String admin = staff("ADMIN");
    String supportToken = tokenOf(support);
    String billingToken = tokenOf(billing);
    String adminToken = tokenOf(admin);
    String reference = receivedRequest("roles");
    long customerId =
        Long.parseLong(TestDatabase.query("SELECT MIN(id) FROM customer").orElseThrow());

    HttpResponse<String> read = call("GET", "/api/v1/requests/" + reference, supportToken, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body())
        .contains("\"reference\":\"" + reference + "\"", "\"status\":\"RECEIVED\"");
    assertThat(read.headers().allValues("Set-Cookie")).as("no session for a token call").isEmpty();
    assertThat(call("GET", "/api/v1/requests/" + reference, adminToken, null).statusCode())
        .isEqualTo(200);
    assertForbidden(call("GET", "/api/v1/requests/" + reference, billingToken, null));
    assertForbidden(call("GET", "/api/v1/requests", billingToken, null));

    String forward = "{\"customerId\":" + customerId + "}";
    assertForbidden(
        call("POST", "/api/v1/requests/" + reference + "/forward", billingToken, forward));
    assertForbidden(
        call(
            "POST",
            "/api/v1/requests/" + reference + "/close",
            billingToken,
            "{\"reason\":\"SPAM\"}"));
    assertThat(forwardings(reference)).isZero();
    assertThat(status(reference)).isEqualTo("RECEIVED");

    HttpResponse<String> forwarded =
        call("POST", "/api/v1/requests/" + reference + "/forward", supportToken, forward);
    assertThat(forwarded.statusCode()).isEqualTo(200);
    assertThat(forwarded.body())
        .contains(
            "\"status\":\"FORWARDED\"",
            "\"customerId\":" + customerId,
            "\"forwardedBy\":\"" + support + "\"");
    assertThat(forwardings(reference)).isEqualTo(1);
    assertThat(
            TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'REQUEST_FORWARDED'"
                    + " AND outcome = 'GRANTED' AND actor = ? AND object_type = 'Request'"
                    + " AND object_id = (SELECT id FROM request WHERE reference = ?)",
                support,
                reference))
        .as("in the request's audit trail as a forward from the page is")
        .hasValue("1");
    HttpResponse<String> again =
        call("POST", "/api/v1/requests/" + reference + "/forward", supportToken, forward);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(forwardings(reference)).isEqualTo(1);

    String spam = receivedRequest("spam");
    HttpResponse<String> closed =
        call("POST", "/api/v1/requests/" + spam + "/close", adminToken, "{\"reason\":\"SPAM\"}");
    assertThat(closed.statusCode()).isEqualTo(200);
    assertThat(closed.body()).contains("\"status\":\"CLOSED\"", "\"closeReason\":\"SPAM\"");
    assertThat(status(spam)).isEqualTo("CLOSED");
    assertThat(
            call(
                    "POST",
                    "/api/v1/requests/" + spam + "/close",
                    supportToken,
                    "{\"reason\":\"SPAM\"}")
                .statusCode())
        .isEqualTo(409);

    // the token acts with the account as it is now
    TestDatabase.update(
        "UPDATE user_account_role r JOIN user_account u ON u.id = r.user_account_id"
            + " SET r.role = 'BILLING' WHERE u.username = ?",
        support);
    assertForbidden(call("GET", "/api/v1/requests/" + reference, supportToken, null));
    TestDatabase.update("UPDATE user_account SET enabled = FALSE WHERE username = ?", admin);
    assertUnauthorized(call("GET", "/api/v1/requests/" + reference, adminToken, null));
    TestDatabase.update("UPDATE user_account SET enabled = TRUE WHERE username = ?", admin);
    assertThat(call("GET", "/api/v1/requests/" + reference, adminToken, null).statusCode())
        .isEqualTo(200);
  }

  @Test
  void badInputGives400ProblemJsonAndChangesNothing() throws Exception {
    String token = tokenOf(staff("SUPPORT"));
    String reference = receivedRequest("bad");
    String forward = "/api/v1/requests/" + reference + "/forward";
    String close = "/api/v1/requests/" + reference + "/close";
    for (String[] bad :
        new String[][] {
          {forward, "{}", "customerId"},
          {forward, "{\"customerId\":987654321}", "customerId"},
          {forward, "{\"customerId\":\"acme\"}", null},
          {forward, "not json", null},
          {close, "{\"reason\":\"EVERYTHING\"}", "reason"},
          {close, "{}", "reason"},
        }) {
      HttpResponse<String> answer = call("POST", bad[0], token, bad[1]);
      assertThat(answer.statusCode()).as(bad[1]).isEqualTo(400);
      assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(answer.body()).doesNotContain("Exception");
      if (bad[2] != null) {
        assertThat(answer.body()).contains("\"field\":\"" + bad[2] + "\"");
      }
    }
    assertThat(forwardings(reference)).isZero();
    assertThat(status(reference)).isEqualTo("RECEIVED");
    for (String query :
        new String[] {
          "status=OPEN",
          "kind=EVERYTHING",
          "cursor=nonsense",
          "limit=0",
          "limit=x",
          "q=ab",
          "sort=RANDOM",
          "olderThanDays=-1",
          "olderThanDays=x",
          "customerId=x"
        }) {
      HttpResponse<String> answer = call("GET", "/api/v1/requests?" + query, token, null);
      assertThat(answer.statusCode()).as(query).isEqualTo(400);
      assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
    HttpResponse<String> unknown = call("GET", "/api/v1/requests/DSR-2026-999999999", token, null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void theListPagesByCursorNewestFirstAndAPageStaysPutWhenNewRequestsArrive() throws Exception {
    String token = tokenOf(staff("SUPPORT"));
    String first = submitted("page1");
    String second = submitted("page2");
    String third = submitted("page3");
    String list = "/api/v1/requests?status=UNVERIFIED&kind=PORTABILITY&limit=2";

    HttpResponse<String> page1 = call("GET", list, token, null);
    assertThat(page1.statusCode()).isEqualTo(200);
    assertThat(references(page1.body())).startsWith(third, second).hasSize(2);
    String cursor = field(page1.body(), "nextCursor");
    assertThat(page1.headers().firstValue("Link"))
        .hasValueSatisfying(link -> assertThat(link).contains("cursor=" + cursor, "rel=\"next\""));

    submitted("page4"); // newer than all: not on the next page
    HttpResponse<String> page2 = call("GET", list + "&cursor=" + cursor, token, null);
    assertThat(page2.statusCode()).isEqualTo(200);
    assertThat(references(page2.body())).first().isEqualTo(first);

    // and back: the page before the second is the first again, the newer request not in it
    String back = field(page2.body(), "previousCursor");
    assertThat(page2.headers().allValues("Link"))
        .anySatisfy(link -> assertThat(link).contains("rel=\"prev\""));
    HttpResponse<String> again = call("GET", list + "&cursor=" + back, token, null);
    assertThat(references(again.body())).containsExactly(third, second);

    // the inbox's search: a reference finds its request, whatever its position
    HttpResponse<String> found =
        call("GET", "/api/v1/requests?status=UNVERIFIED&q=" + second, token, null);
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(references(found.body())).containsExactly(second);
  }

  @Test
  void theCrmCreatesAndUpdatesACustomerByItsIdAndBadInputStoresNothing() throws Exception {
    String admin = tokenOf(staff("ADMIN"));
    String support = tokenOf(staff("SUPPORT"));
    String externalId = "crm-" + UUID.randomUUID().toString().substring(0, 8);
    String name = "Brouwerij Zoë " + externalId;
    String path = "/api/v1/customers/" + externalId;

    assertForbidden(call("PUT", path, support, customerJson(name, "ShopZoe")));
    assertForbidden(call("GET", "/api/v1/customers", support, null));
    assertThat(customers(externalId)).isZero();

    HttpResponse<String> created = call("PUT", path, admin, customerJson(name, "ShopZoe"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body())
        .contains(
            "\"externalId\":\"" + externalId + "\"",
            "\"aliases\":[\"ShopZoe\"]",
            "privacy@zoe.example");
    String id = number(created.body(), "id");

    HttpResponse<String> updated = call("PUT", path, admin, customerJson(name + " NV", "ZoeShop"));
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(updated.body())
        .contains("\"id\":" + id + ",", "ZoeShop")
        .doesNotContain("\"ShopZoe\"");
    assertThat(customers(externalId)).isEqualTo(1);
    assertThat(TestDatabase.query("SELECT name FROM customer WHERE external_id = ?", externalId))
        .hasValue(name + " NV");
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(action ORDER BY id) FROM audit_entry WHERE object_type ="
                    + " 'Customer' AND object_id = ? AND action IN ('CUSTOMER_CREATED',"
                    + " 'CUSTOMER_CHANGED')",
                id))
        .hasValue("CUSTOMER_CREATED,CUSTOMER_CHANGED");

    HttpResponse<String> list = call("GET", "/api/v1/customers", admin, null);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"externalId\":\"" + externalId + "\"");

    String other = "crm-bad-" + UUID.randomUUID().toString().substring(0, 6);
    for (String[] bad :
        new String[][] {
          {customerJson("", "x"), "name"},
          {
            customerJson(name + " bis", "x").replace("privacy@zoe.example", "not an address"),
            "contacts[0].email"
          },
          {customerJson(name + " bis", "x", ""), "contacts"},
          {
            customerJson(name + " bis", "x")
                .replace(
                    "\"name\":\"" + name + " bis\"",
                    "\"name\":\""
                        + name
                        + " bis\",\"enterpriseRegister\":\"KBO\","
                        + "\"enterpriseNumber\":\"0403.170.702\""),
            "enterpriseNumber"
          },
          {customerJson(name + " bis", "x").replace("\"NL\"", "\"XX\""), null},
        }) {
      HttpResponse<String> refused = call("PUT", "/api/v1/customers/" + other, admin, bad[0]);
      assertThat(refused.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      if (bad[1] != null) {
        assertThat(refused.body()).as(bad[0]).contains("\"field\":\"" + bad[1] + "\"");
      }
    }
    assertThat(customers(other)).isZero();
    HttpResponse<String> taken =
        call("PUT", "/api/v1/customers/" + other, admin, customerJson(name + " NV", "x"));
    assertThat(taken.statusCode()).as("another customer has the name").isEqualTo(409);
    assertThat(customers(other)).isZero();
  }

  @Test
  void suggestionsRankTheCustomersWithTheirReasonsAsThePageDoes() throws Exception {
    String admin = tokenOf(staff("ADMIN"));
    String support = tokenOf(staff("SUPPORT"));
    String externalId = "crm-" + UUID.randomUUID().toString().substring(0, 8);
    String name = "Quixotic Widgets " + externalId.substring(4);
    assertThat(
            call("PUT", "/api/v1/customers/" + externalId, admin, customerJson(name, "QW"))
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> submittedRequest =
        Api.submit(
            BASE,
            Api.requestJson(
                "Sug Gest",
                "sug.gest@example.org",
                name.toUpperCase() + " bv",
                "ACCESS",
                "Which data do you hold?",
                "en"),
            null);
    String reference = Api.reference(submittedRequest);
    TestDatabase.markVerified(reference);

    HttpResponse<String> answer =
        call("GET", "/api/v1/requests/" + reference + "/suggestions?limit=3", support, null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body())
        .startsWith("[{")
        .contains("\"name\":\"" + name + "\"", "\"reasons\":[\"NAME\"", "privacy@zoe.example");
    assertThat(field(answer.body(), "name")).as("the right customer first").isEqualTo(name);
    assertForbidden(
        call(
            "GET",
            "/api/v1/requests/" + reference + "/suggestions",
            tokenOf(staff("BILLING")),
            null));
  }

  @Test
  void theOpenApiDocumentDescribesTheStaffApiAndItsToken() throws Exception {
    HttpResponse<String> document =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(BASE + "/openapi")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body())
        .contains(
            "/api/v1/requests/{reference}/forward",
            "/api/v1/requests/{reference}/close",
            "apiToken",
            "bearer",
            "nextCursor",
            "Idempotency-Key");
  }

  @Test
  void refusalsAreInTheCallersLanguage() throws Exception {
    String support = tokenOf(staff("SUPPORT"));
    String admin = tokenOf(staff("ADMIN"));
    String billing = tokenOf(staff("BILLING"));

    HttpResponse<String> noToken = callIn("fr-BE, fr;q=0.9", "GET", "/api/v1/requests", null, null);
    assertInLanguage(noToken, 401, "fr", "api.problem.unauthorized", "api.problem.token.missing");
    HttpResponse<String> badToken =
        callIn("nl", "GET", "/api/v1/requests", "dsr_" + "x".repeat(40), null);
    assertInLanguage(badToken, 401, "nl", "api.problem.unauthorized", "api.problem.token.refused");
    assertInLanguage(
        callIn("de", "GET", "/api/v1/requests", billing, null),
        403,
        "de",
        "api.problem.forbidden",
        "api.problem.forbidden.detail");

    Bundle nl = new Bundle("nl");
    HttpResponse<String> badQuery =
        callIn("nl", "GET", "/api/v1/requests?status=OPEN&limit=0", support, null);
    assertInLanguage(badQuery, 400, "nl", "api.problem.invalid", "api.problem.invalid.parameters");
    assertThat(badQuery.body())
        .contains(
            "{\"field\":\"status\",\"message\":\""
                + nl.get("api.problem.field.oneOf").split("\\{0\\}")[0],
            "{\"field\":\"limit\",\"message\":\""
                + nl.get("api.problem.field.range", "1", "100")
                + "\"}");

    String reference = receivedRequest("language");
    String close = "/api/v1/requests/" + reference + "/close";
    assertThat(callIn("fr", "POST", close, support, "{\"reason\":\"SPAM\"}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> again = callIn("fr", "POST", close, support, "{\"reason\":\"SPAM\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Language")).hasValue("fr");
    assertThat(again.body())
        .contains("\"title\":\"" + json(new Bundle("fr").get("api.problem.conflict")) + "\"")
        .doesNotContain("\"detail\":\"???");

    // a body's fields: Bean Validation's message in the caller's language
    HttpResponse<String> badCustomer =
        callIn(
            "de",
            "PUT",
            "/api/v1/customers/crm-lang-" + UUID.randomUUID().toString().substring(0, 6),
            admin,
            customerJson("Sprache GmbH", "x", ""));
    assertInLanguage(
        badCustomer, 400, "de", "api.problem.invalid", "api.problem.invalid.fieldsNothingStored");
    assertThat(badCustomer.body())
        .contains(
            "{\"field\":\"contacts\",\"message\":\""
                + new Bundle("ValidationMessages", "de").get("customer.contacts.required"));

    // the public deadline calculator too; without Accept-Language, English
    HttpResponse<String> badDay =
        callIn("nl", "GET", "/api/v1/deadlines?received=2026-02-30&calendar=BE", null, null);
    assertInLanguage(badDay, 400, "nl", "api.problem.invalid", "api.problem.invalid.parameter");
    assertThat(badDay.body()).contains(nl.get("api.problem.deadline.receivedInvalid"));
    assertInLanguage(
        callIn(null, "GET", "/api/v1/deadlines?received=2026-02-30&calendar=BE", null, null),
        400,
        "en",
        "api.problem.invalid",
        "api.problem.invalid.parameter");
  }

  // --- helpers

  /** A problem+json answer whose title and detail are the bundle's texts in the language. */
  private static void assertInLanguage(
      HttpResponse<String> answer, int status, String language, String title, String detail) {
    Bundle texts = new Bundle(language);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.headers().firstValue("Content-Language")).hasValue(language);
    assertThat(answer.body())
        .contains(
            "\"title\":\"" + json(texts.get(title)) + "\"",
            "\"detail\":\"" + json(texts.get(detail)) + "\"");
  }

  /** A text as it stands inside a JSON string. */
  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static HttpResponse<String> call(String method, String path, String token, String json)
      throws Exception {
    return callFrom(null, null, method, path, token, json);
  }

  private static HttpResponse<String> callFrom(
      String clientAddress, String method, String path, String token, String json)
      throws Exception {
    return callFrom(clientAddress, null, method, path, token, json);
  }

  /** A call with {@code Accept-Language} (none when null). */
  private static HttpResponse<String> callIn(
      String acceptLanguage, String method, String path, String token, String json)
      throws Exception {
    return callFrom(null, acceptLanguage, method, path, token, json);
  }

  /** A call as the tests' trusted proxy forwards it for the client address, if any. */
  private static HttpResponse<String> callFrom(
      String clientAddress,
      String acceptLanguage,
      String method,
      String path,
      String token,
      String json)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (clientAddress != null) {
      request.header("X-Forwarded-For", clientAddress);
    }
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertUnauthorized(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    assertThat(answer.headers().firstValue("Location")).isEmpty();
    assertThat(answer.headers().allValues("Set-Cookie")).as("no session").isEmpty();
    assertThat(answer.body()).contains("\"status\":401").doesNotContain("<html", "login");
  }

  private static void assertForbidden(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  /** A staff account with a second factor (required of staff), holding one role. */
  private static String staff(String role) throws Exception {
    String username =
        "api-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
    TestDatabase.createUser(username, PASSWORD, role, null);
    String secret = OneTimeCodes.newSecret();
    TestDatabase.update(
        "UPDATE user_account SET totp_secret = ?, totp_enrolled_at = UTC_TIMESTAMP(6)"
            + " WHERE username = ?",
        secret,
        username);
    AuthenticatorApp.enrolled(username, secret);
    return username;
  }

  /** A token of the account, stored as the account page stores one (the page is tested above). */
  private static String tokenOf(String username) throws Exception {
    ApiTokenSecret secret = ApiTokenSecret.generate();
    TestDatabase.update(
        "INSERT INTO api_token (user_account_id, name, prefix, token_hash, created_at)"
            + " SELECT id, 'test', ?, ?, UTC_TIMESTAMP(6) FROM user_account WHERE username = ?",
        secret.prefix(),
        secret.hash(),
        username);
    return secret.value();
  }

  private static String submitted(String tag) throws Exception {
    HttpResponse<String> created =
        Api.submit(
            BASE,
            Api.requestJson(
                "Api Staff",
                "staffapi." + tag + "@example.org",
                "Acme",
                "PORTABILITY",
                "Through the staff API",
                "en"),
            null);
    assertThat(created.statusCode()).isEqualTo(201);
    return Api.reference(created);
  }

  private static String receivedRequest(String tag) throws Exception {
    String reference = submitted(tag);
    TestDatabase.markVerified(reference);
    return reference;
  }

  private static String customerJson(String name, String alias) {
    return customerJson(
        name,
        alias,
        "{\"name\":\"Privacy desk\",\"email\":\"privacy@zoe.example\","
            + "\"phone\":\"+32 3 123 45 67\",\"role\":\"DPO\",\"primary\":true}");
  }

  private static String customerJson(String name, String alias, String contacts) {
    return "{\"name\":\""
        + name
        + "\",\"publicContact\":\"privacy@zoe.example\","
        + "\"language\":\"NL\",\"role\":\"CONTROLLER\",\"holidayCalendar\":\"BE\","
        + "\"street\":\"Meir 1\",\"postalCode\":\"2000\",\"city\":\"Antwerpen\",\"country\":\"BE\","
        + "\"contacts\":["
        + contacts
        + "],"
        + "\"aliases\":[\""
        + alias
        + "\"],\"emailDomains\":[\"zoe.example\"],"
        + "\"services\":[\"Hosting\"]}";
  }

  private static long customers(String externalId) throws Exception {
    return Long.parseLong(
        TestDatabase.query("SELECT COUNT(*) FROM customer WHERE external_id = ?", externalId)
            .orElseThrow());
  }

  private static String status(String reference) throws Exception {
    return TestDatabase.query("SELECT status FROM request WHERE reference = ?", reference)
        .orElseThrow();
  }

  private static long forwardings(String reference) throws Exception {
    return Long.parseLong(
        TestDatabase.query(
                "SELECT COUNT(*) FROM forwarding f JOIN request r ON r.id = f.request_id"
                    + " WHERE r.reference = ?",
                reference)
            .orElseThrow());
  }

  private static long auditCount(String action, String actor, String outcome) throws Exception {
    return Long.parseLong(
        TestDatabase.query(
                "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND actor = ? AND outcome = ?",
                action,
                actor,
                outcome)
            .orElseThrow());
  }

  private static List<String> references(String json) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("\"reference\":\"(DSR-[0-9-]+)\"").matcher(json);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":([0-9]+)").matcher(json);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }
}
