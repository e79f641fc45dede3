package eu.dsrportal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The intake API as another channel would call it. */
public final class Api {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Api() {}

  /** POSTs a request as JSON; the idempotency key may be null. */
  public static HttpResponse<String> submit(String baseUrl, String json, String idempotencyKey)
      throws IOException, InterruptedException {
    return submit(baseUrl, json, idempotencyKey, null);
  }

  /** As {@link #submit(String, String, String)}, with an {@code Accept-Language} (null: none). */
  public static HttpResponse<String> submit(
      String baseUrl, String json, String idempotencyKey, String acceptLanguage)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/requests"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * POSTs a large body as curl does (HTTP/1.1, {@code Expect: 100-continue}): an answer the server
   * gives before reading the body is read, not raced by the connection it closes.
   */
  public static HttpResponse<String> submitLarge(String baseUrl, String json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/requests"))
            .header("Content-Type", "application/json")
            .version(HttpClient.Version.HTTP_1_1)
            .expectContinue(true)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A complete, valid request body. */
  public static String requestJson(
      String name,
      String email,
      String organisation,
      String right,
      String description,
      String language) {
    return "{\"name\":"
        + quoted(name)
        + ",\"email\":"
        + quoted(email)
        + ",\"organisation\":"
        + quoted(organisation)
        + ",\"right\":"
        + quoted(right)
        + ",\"description\":"
        + quoted(description)
        + ",\"language\":"
        + quoted(language)
        + "}";
  }

  /** The reference in a 201 answer's body. */
  public static String reference(HttpResponse<String> created) {
    return created.body().replaceAll(".*\"(DSR-[0-9-]+)\".*", "$1");
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
