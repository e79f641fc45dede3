package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fast part of the batteries (issue 13; the long runs are scripts in perf/): the double-click
 * storm, the same public form POST (same session, view state, script nonce and submission key) sent
 * ten times at once, must give one request and one reference.
 */
@SharedPortal(PortalConfig.STANDARD)
class BatteriesIT {
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void tenClicksOfOneFormSentAtOnceMakeOneRequestWithOneReference() throws Exception {
    HttpResponse<String> form =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(BASE + "/")).header("Accept-Language", "en").build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie =
        form.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    String email = "storm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("intake", "intake");
    fields.put("intake:name", "Storm Click");
    fields.put("intake:email", email);
    fields.put("intake:organisation", "Acme Retail");
    fields.put("intake:right", "ERASURE");
    fields.put("intake:description", "Please delete my account.");
    fields.put("intake:website", "");
    fields.put("intake:key", hidden(form.body(), "intake:key"));
    fields.put("intake:submit", "Send request");
    fields.put("jakarta.faces.ViewState", hidden(form.body(), "jakarta.faces.ViewState"));
    fields.put("primefaces.nonce", hidden(form.body(), "primefaces.nonce"));
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest click =
        HttpRequest.newBuilder(URI.create(BASE + "/index.xhtml"))
            .header("Cookie", cookie)
            .header("Accept-Language", "en")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();

    List<CompletableFuture<HttpResponse<Void>>> clicks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      clicks.add(HTTP.sendAsync(click, HttpResponse.BodyHandlers.discarding()));
    }
    List<HttpResponse<Void>> answers = clicks.stream().map(CompletableFuture::join).toList();

    assertThat(answers)
        .as("every click is answered with the way to the confirmation")
        .allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(302));
    Set<String> references =
        answers.stream()
            .map(a -> a.headers().firstValue("Location").orElse(""))
            .map(location -> location.substring(location.indexOf("ref=") + 4))
            .collect(Collectors.toSet());
    assertThat(references).as("one reference for all ten clicks").hasSize(1);
    assertThat(TestDatabase.query("SELECT COUNT(*) FROM request WHERE subject_email = ?", email))
        .as("one request stored")
        .contains("1");
    assertThat(TestDatabase.query("SELECT reference FROM request WHERE subject_email = ?", email))
        .contains(references.iterator().next());
  }

  private static String hidden(String html, String name) {
    Matcher m =
        Pattern.compile(
                "name=\"" + Pattern.quote(name) + "\"(?: id=\"[^\"]*\")? value=\"([^\"]*)\"")
            .matcher(html);
    assertThat(m.find()).as("the form has " + name).isTrue();
    return m.group(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
