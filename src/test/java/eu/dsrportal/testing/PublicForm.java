package eu.dsrportal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The public request form over plain HTTP, as a browser sends it: shown by one GET, filled in, and
 * sent back with its hidden fields (view state, script nonce, submission key). For the tests that
 * need what a browser cannot do: the same POST ten times at once, or a form shown by one instance
 * and sent to another.
 */
public final class PublicForm {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The page as the GET answered it. */
  private final HttpResponse<String> page;

  private final Map<String, String> fields = new LinkedHashMap<>();

  private PublicForm(HttpResponse<String> page) {
    this.page = page;
  }

  /** The form as {@code baseUrl} shows it to a visitor without cookies, in English. */
  public static PublicForm shownBy(String baseUrl) throws IOException, InterruptedException {
    return new PublicForm(
        HTTP.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/"))
                .header("Accept-Language", "en")
                .build(),
            HttpResponse.BodyHandlers.ofString()));
  }

  public HttpResponse<String> page() {
    return page;
  }

  /** The value of one of the form's hidden fields. */
  public String hidden(String name) {
    return hiddenIn(page.body(), name);
  }

  /** The value of a hidden field of a Faces form in a page's HTML. */
  public static String hiddenIn(String html, String name) {
    Matcher m =
        Pattern.compile(
                "name=\"" + Pattern.quote(name) + "\"(?: id=\"[^\"]*\")? value=\"([^\"]*)\"")
            .matcher(html);
    assertThat(m.find()).as("the form has " + name).isTrue();
    return m.group(1);
  }

  /** Fills in the form for a request to erase what Acme Retail holds about {@code email}. */
  public PublicForm filledInFor(String name, String email) {
    fields.put("intake", "intake");
    fields.put("intake:name", name);
    fields.put("intake:email", email);
    fields.put("intake:organisation", "Acme Retail");
    fields.put("intake:right", "ERASURE");
    fields.put("intake:description", "Please delete my account.");
    fields.put("intake:website", "");
    fields.put("intake:key", hidden("intake:key"));
    fields.put("intake:submit", "Send request");
    fields.put("jakarta.faces.ViewState", hidden("jakarta.faces.ViewState"));
    fields.put("primefaces.nonce", hidden("primefaces.nonce"));
    return this;
  }

  /** Changes one field of the filled-in form (an empty value: left empty). */
  public PublicForm with(String field, String value) {
    fields.put(field, value);
    return this;
  }

  /** Sends the form once and answers the page it gets back (with errors, if it has any). */
  public HttpResponse<String> sendForPage(String baseUrl) throws IOException, InterruptedException {
    return HTTP.send(sendTo(baseUrl), HttpResponse.BodyHandlers.ofString());
  }

  /** The POST that sends the filled-in form to {@code baseUrl}, without cookies. */
  public HttpRequest sendTo(String baseUrl) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create(baseUrl + "/index.xhtml"))
        .header("Accept-Language", "en")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Sends the form once; the answer (a redirect to the confirmation when it was stored). */
  public HttpResponse<Void> send(String baseUrl) throws IOException, InterruptedException {
    return HTTP.send(sendTo(baseUrl), HttpResponse.BodyHandlers.discarding());
  }

  /** The reference in an answer's redirect to the confirmation page. */
  public static String reference(HttpResponse<?> answer) {
    String location = answer.headers().firstValue("Location").orElse("");
    return location.substring(location.indexOf("ref=") + 4);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
