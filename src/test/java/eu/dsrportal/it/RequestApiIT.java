package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The intake API over HTTP, with the database read directly to see what was (not) stored. */
@SharedPortal
class RequestApiIT {
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aValidRequestIsCreatedWithLocationAndReference() throws Exception {
    HttpResponse<String> response = post(json("api.valid@example.org", "ERASURE", "fr"), null);

    assertThat(response.statusCode()).isEqualTo(201);
    String reference = response.body().replaceAll(".*\"reference\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    assertThat(reference).matches("DSR-\\d{4}-\\d{6}");
    String statusUrl = response.body().replaceAll(".*\"statusUrl\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    assertThat(statusUrl).startsWith(BASE + "/intake/status.xhtml?ref=" + reference + "&token=");
    assertThat(response.headers().firstValue("Location")).hasValue(statusUrl);
    HttpResponse<String> statusPage =
        http.send(
            HttpRequest.newBuilder(URI.create(statusUrl)).header("Accept-Language", "en").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(statusPage.body()).contains(reference, "Waiting for your confirmation");
    assertThat(statusPage.headers().allValues("Set-Cookie"))
        .as("the status page is stateless: no session")
        .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    assertThat(
            count(
                "SELECT COUNT(*) FROM request WHERE reference = ? AND channel = 'API' AND language = 'FR'",
                reference))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", "api.valid@example.org"))
        .isEqualTo(1);
  }

  @Test
  void theSubjectsPagesAreNeverCachedAndTheStatusLinkExpiresAfterClosing() throws Exception {
    Bundle en = new Bundle("en");
    HttpResponse<String> created = post(json("api.expiry@example.org", "ACCESS", "en"), null);
    String reference = Api.reference(created);
    String statusUrl = created.headers().firstValue("Location").orElseThrow();
    for (String page :
        new String[] {
          statusUrl,
          BASE + "/intake/verify.xhtml?ref=" + reference + "&token=guessed",
          BASE + "/intake/confirmation.xhtml?ref=" + reference
        }) {
      assertThat(get(page).headers().firstValue("Cache-Control"))
          .as(page)
          .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    TestDatabase.markVerified(reference);
    TestDatabase.closeDaysAgo(reference, 29);
    HttpResponse<String> recent = get(statusUrl);
    assertThat(recent.statusCode()).isEqualTo(200);
    assertThat(recent.body()).contains(reference, en.get("subjectStatus.CLOSED"));

    TestDatabase.closeDaysAgo(reference, 31);
    HttpResponse<String> expired = get(statusUrl);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.body())
        .contains(en.get("subjectStatus.expired"))
        .doesNotContain(en.get("subjectStatus.CLOSED"), en.get("subjectStatus.notFound"));
    assertThat(get(statusUrl.replaceAll("token=[^&]+", "token=guessed")).statusCode())
        .as("a wrong token still says nothing of the request")
        .isEqualTo(200);
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void retriesWithOneIdempotencyKeyCreateOneRequest() throws Exception {
    String body = json("api.retry@example.org", "ACCESS", "en");
    HttpResponse<String> first = post(body, "retry-key-1");
    HttpResponse<String> second = post(body, "retry-key-1");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(Api.reference(second)).isEqualTo(Api.reference(first));
    // the status link goes out once (it is stored only as a hash); the subject has it by mail
    assertThat(first.body()).contains("statusUrl");
    assertThat(second.body()).doesNotContain("statusUrl");
    assertThat(
            count("SELECT COUNT(*) FROM request WHERE subject_email = ?", "api.retry@example.org"))
        .isEqualTo(1);
  }

  @Test
  void invalidFieldsGiveProblemJsonListingThemAndStoreNothing() throws Exception {
    String email = "api.invalid@example.org";
    HttpResponse<String> response =
        post(
            "{\"name\":\"\",\"email\":\""
                + email
                + "\",\"organisation\":\"Acme\",\"right\":\"EVERYTHING\","
                + "\"description\":\"x\",\"language\":\"xx\"}",
            null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains(
            "\"status\":400", "\"field\":\"name\"", "\"field\":\"right\"", "\"field\":\"language\"")
        .doesNotContain("\"field\":\"email\"", "Exception");
    assertThat(count("SELECT COUNT(*) FROM request WHERE subject_email = ?", email)).isZero();
    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", email)).isZero();
  }

  /**
   * A problem speaks the first language of the caller's Accept-Language that the portal speaks
   * (title, detail, each field's message, Content-Language); English when it speaks none of them.
   */
  @Test
  void problemsAreInTheCallersLanguage() throws Exception {
    String email = "api.language@example.org";
    String invalid =
        "{\"name\":\"\",\"email\":\""
            + email
            + "\",\"organisation\":\"Acme\",\"right\":\"ACCESS\",\"description\":\"x\","
            + "\"language\":\"nl\",\"service\":\""
            + "x".repeat(201)
            + "\"}";
    String[][] cases = {
      {"fr-BE, fr;q=0.9", "fr"},
      {"de", "de"},
      {"es, nl;q=0.5", "nl"},
      {"en-GB", "en"},
      {"es, it;q=0.5", "en"},
      {null, "en"}
    };
    for (String[] c : cases) {
      Bundle texts = new Bundle(c[1]);
      Bundle validation = new Bundle("ValidationMessages", c[1]);
      HttpResponse<String> refused = Api.submit(BASE, invalid, null, c[0]);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Language")).as(c[0]).hasValue(c[1]);
      assertThat(refused.body())
          .as("Accept-Language: " + c[0])
          .contains(
              "\"title\":\"" + texts.get("api.problem.invalid") + "\"",
              "\"detail\":\"" + texts.get("api.problem.invalid.fields") + "\"",
              "{\"field\":\"name\",\"message\":\""
                  + validation.get("request.name.required")
                  + "\"}",
              "{\"field\":\"service\",\"message\":\""
                  + validation.get("request.tooLong").replace("{max}", "200")
                  + "\"}");
      HttpResponse<String> unreadable = Api.submit(BASE, "not json", null, c[0]);
      assertThat(unreadable.statusCode()).isEqualTo(400);
      assertThat(unreadable.body())
          .contains("\"detail\":\"" + texts.get("api.problem.invalid.json") + "\"");
    }
    assertThat(count("SELECT COUNT(*) FROM request WHERE subject_email = ?", email)).isZero();
  }

  @Test
  void everyKindAndTheOptionalDetailsAreTakenAndBadOptionalValuesListed() throws Exception {
    String email = "api.details@example.org";
    HttpResponse<String> created =
        post(
            "{\"name\":\"Ann\",\"email\":\""
                + email
                + "\",\"organisation\":\"Acme\",\"right\":\"OTHER\",\"description\":\"?\","
                + "\"language\":\"de\",\"service\":\"Web shop\",\"relation\":\"EMPLOYEE\","
                + "\"subjectReference\":\"P-77\"}",
            null);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(
            count(
                "SELECT COUNT(*) FROM request WHERE reference = ? AND data_subject_right = 'OTHER'"
                    + " AND service_used = 'Web shop' AND subject_relation = 'EMPLOYEE'"
                    + " AND reference_at_organisation = 'P-77'",
                Api.reference(created)))
        .isEqualTo(1);

    String other = "api.baddetails@example.org";
    HttpResponse<String> refused =
        post(
            "{\"name\":\"Ann\",\"email\":\""
                + other
                + "\",\"organisation\":\"Acme\",\"right\":\"ACCESS\",\"description\":\"?\","
                + "\"language\":\"de\",\"relation\":\"BOSS\",\"service\":\""
                + "x".repeat(201)
                + "\"}",
            null);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"relation\"", "\"field\":\"service\"");
    assertThat(count("SELECT COUNT(*) FROM request WHERE subject_email = ?", other)).isZero();
  }

  @Test
  void aNameWithADirectionOverrideGivesProblemJsonAndStoresNothing() throws Exception {
    String email = "api.rtlo@example.org";
    // the JSON escape sends U+202E itself: "Ann" followed by a right-to-left override
    HttpResponse<String> response =
        post(
            "{\"name\":\"Ann\\u202Eexe.txt\",\"email\":\""
                + email
                + "\",\"organisation\":\"Acme\",\"right\":\"ACCESS\","
                + "\"description\":\"Line one\\nline two\",\"language\":\"en\"}",
            null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains("\"field\":\"name\"")
        .doesNotContain("\"field\":\"description\"", "Exception");
    assertThat(count("SELECT COUNT(*) FROM request WHERE subject_email = ?", email)).isZero();
    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", email)).isZero();
  }

  @Test
  void anOversizedBodyIsRefusedWith413ProblemJsonBeforeParsingAndStoresNothing() throws Exception {
    for (int size : new int[] {3_000_000, 70_000}) {
      String email = "api.huge" + size + "@example.org";
      // as curl does for large bodies: the answer comes before the body is sent, and nothing
      // of it is read
      HttpResponse<String> response =
          Api.submitLarge(
              BASE, Api.requestJson("Api User", email, "Acme", "ACCESS", "x".repeat(size), "en"));
      assertThat(response.statusCode()).as(size + " bytes").isEqualTo(413);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(response.body()).contains("\"status\":413", "65536");
      assertThat(count("SELECT COUNT(*) FROM request WHERE subject_email = ?", email)).isZero();
    }
  }

  @Test
  void anOversizedBodyWithoutALengthIsRefusedToo() throws Exception {
    String email = "api.chunked@example.org";
    byte[] json =
        Api.requestJson("Api User", email, "Acme", "ACCESS", "x".repeat(200_000), "en")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/v1/requests"))
                    .header("Content-Type", "application/json")
                    // no length: sent in chunks, as a client streaming its body would
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(json)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"status\":413");
    assertThat(count("SELECT COUNT(*) FROM request WHERE subject_email = ?", email)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1,2]", "{\"name\": 5, \"email\": {}}", "null"})
  void malformedBodiesGiveProblemJson(String body) throws Exception {
    long before = count("SELECT COUNT(*) FROM request", null);
    HttpResponse<String> response = post(body, null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"status\":400").doesNotContain("Exception", "at eu.");
    assertThat(count("SELECT COUNT(*) FROM request", null)).isEqualTo(before);
  }

  @Test
  void theOpenApiDocumentDescribesTheEndpoint() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE + "/openapi")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "/api/v1/requests", "Idempotency-Key", "201", "429", "DSR-2026-000042", "relation");
  }

  @Test
  void readinessReportsUpWithTheDatabaseMigrated() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE + "/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"", "\"migrated\":\"true\"");
  }

  private HttpResponse<String> post(String body, String idempotencyKey) throws Exception {
    return Api.submit(BASE, body, idempotencyKey);
  }

  private static String json(String email, String right, String language) {
    return Api.requestJson("Api User", email, "Acme", right, "Sent by another channel", language);
  }

  private static long count(String sql, String parameter) throws Exception {
    try (Connection connection =
            DriverManager.getConnection(System.getProperty("it.db.url"), "root", "dev");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
