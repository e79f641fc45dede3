package eu.dsrportal.it;

import static java.net.http.HttpResponse.BodyHandlers.ofString;
import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.PublicForm;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast part of the batteries (issue 13; the long runs are scripts in perf/): the double-click
 * storm, the same public form POST (same view state, script nonce and submission key) sent ten
 * times at once, must give one request and one reference; the same for the staff entry form, with
 * its scanned letter stored once. The public form is stateless: neither showing it nor sending it
 * creates a session.
 */
@SharedPortal(PortalConfig.STANDARD)
class BatteriesIT {
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void tenClicksOfOneFormSentAtOnceMakeOneRequestWithOneReference() throws Exception {
    PublicForm form = PublicForm.shownBy(BASE);
    assertThat(form.page().headers().allValues("Set-Cookie"))
        .as("showing the public form creates no session")
        .noneMatch(c -> c.startsWith("JSESSIONID="));
    assertThat(form.hidden("jakarta.faces.ViewState"))
        .as("the form keeps nothing on the server")
        .isEqualTo("stateless");
    String email = "storm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    HttpRequest click = form.filledInFor("Storm Click", email).sendTo(BASE);

    List<CompletableFuture<HttpResponse<Void>>> clicks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      clicks.add(HTTP.sendAsync(click, HttpResponse.BodyHandlers.discarding()));
    }
    List<HttpResponse<Void>> answers = clicks.stream().map(CompletableFuture::join).toList();

    assertThat(answers)
        .as("every click is answered with the way to the confirmation")
        .allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(302))
        .as("sending the form creates no session either")
        .allSatisfy(a -> assertThat(a.headers().allValues("Set-Cookie")).isEmpty());
    Set<String> references =
        answers.stream().map(PublicForm::reference).collect(Collectors.toSet());
    assertThat(references).as("one reference for all ten clicks").hasSize(1);
    assertThat(TestDatabase.query("SELECT COUNT(*) FROM request WHERE subject_email = ?", email))
        .as("one request stored")
        .contains("1");
    assertThat(TestDatabase.query("SELECT reference FROM request WHERE subject_email = ?", email))
        .contains(references.iterator().next());
  }

  /**
   * Submissions that arrive together are stored together (intake's group commit), yet each client
   * gets its own reference, and each request its own mail and an audit entry with its own sender's
   * address (here told by the trusted proxy: the tests trust loopback).
   */
  @Test
  void fortySubmissionsAtOnceEachGetTheirOwnRequestMailAndAuditEntry() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String json =
          Api.requestJson(
              "Group " + i, "group-" + run + "-" + i + "@example.org", "Acme", "ACCESS", "x", "en");
      calls.add(
          HTTP.sendAsync(
              HttpRequest.newBuilder(URI.create(BASE + "/api/v1/requests"))
                  .header("Content-Type", "application/json")
                  .header("X-Forwarded-For", "198.51.100." + (100 + i))
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              ofString()));
    }
    List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();

    assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
    assertThat(answers.stream().map(Api::reference).distinct()).hasSize(40);
    for (int i = 0; i < 40; i++) {
      String reference = Api.reference(answers.get(i));
      assertThat(
              TestDatabase.query(
                  "SELECT CONCAT(r.subject_email, ' ', a.client_ip, ' ',"
                      + " (SELECT COUNT(*) FROM outbox_message o WHERE o.subject_request_id = r.id))"
                      + " FROM request r JOIN audit_entry a ON CAST(a.object_id AS UNSIGNED) = r.id"
                      + " AND a.object_type = 'Request' AND a.action = 'REQUEST_SUBMITTED'"
                      + " WHERE r.reference = ?",
                  reference))
          .as("submission %d: its request, its address in the audit entry, one mail", i)
          .contains("group-" + run + "-" + i + "@example.org 198.51.100." + (100 + i) + " 1");
    }
  }

  @Test
  void aStatelessFormSentBackWithAnErrorShowsWhatWasTypedAndMarksTheField() throws Exception {
    String email = "typed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    HttpResponse<String> answer =
        PublicForm.shownBy(BASE)
            .filledInFor("Xavier Typed", email)
            .with("intake:description", "")
            .sendForPage(BASE);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().allValues("Set-Cookie")).as("still no session").isEmpty();
    String page = answer.body();
    assertThat(input(page, "intake:name")).contains("value=\"Xavier Typed\"");
    assertThat(input(page, "intake:email")).contains("value=\"" + email + "\"");
    assertThat(input(page, "intake:name")).contains("aria-invalid=\"false\"");
    assertThat(page)
        .as("the empty description is marked invalid")
        .containsPattern("<textarea[^>]*name=\"intake:description\"[^>]*aria-invalid=\"true\"");
    assertThat(page).contains("<option value=\"ERASURE\" selected=\"selected\"");
    assertThat(TestDatabase.query("SELECT COUNT(*) FROM request WHERE subject_email = ?", email))
        .as("nothing stored")
        .contains("0");
  }

  private static String input(String page, String name) {
    Matcher m =
        Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page);
    assertThat(m.find()).as("the page has " + name).isTrue();
    return m.group();
  }

  @Test
  void tenClicksOfOneStaffEntryWithAFileMakeOneRequestAndOneStoredFile() throws Exception {
    HttpClient staff = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> login = staff.send(get("/login.xhtml?lang=en"), ofString());
    HttpResponse<String> loggedIn =
        staff.send(
            post(
                "/login.xhtml",
                urlEncoded(
                    Map.of(
                        "login", "login",
                        "login:username", "support",
                        "login:password", "It-Password-2026!",
                        "login:continueTo", "",
                        "login:submit", "Log in",
                        "jakarta.faces.ViewState",
                            PublicForm.hiddenIn(login.body(), "jakarta.faces.ViewState"),
                        "primefaces.nonce", PublicForm.hiddenIn(login.body(), "primefaces.nonce"))),
                "application/x-www-form-urlencoded"),
            ofString());
    assertThat(loggedIn.statusCode()).as("support logged in").isIn(302, 303);
    HttpResponse<String> form = staff.send(get("/staff/new-request.xhtml"), ofString());
    assertThat(form.statusCode()).isEqualTo(200);

    String name = "Storm Entry " + UUID.randomUUID().toString().substring(0, 8);
    byte[] letter =
        ("%PDF-1.4\n% the scanned letter of " + name + "\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("entry", "entry");
    fields.put("entry:origin", "DATA_SUBJECT");
    fields.put("entry:channel", "LETTER");
    fields.put("entry:receivedOn", value(form.body(), "entry:receivedOn"));
    fields.put("entry:name", name);
    fields.put("entry:email", "");
    fields.put("entry:language", "en");
    fields.put("entry:organisation", "Acme Retail");
    fields.put("entry:right", "ACCESS");
    fields.put("entry:description", "A letter asking for a copy of my data.");
    fields.put("entry:service", "");
    fields.put("entry:relation", "");
    fields.put("entry:subjectReference", "");
    fields.put("entry:authority", "");
    fields.put("entry:legalBasis", "");
    fields.put("entry:gagReason", "");
    // the form's submission key (as a browser sends whatever hidden fields the form has)
    if (form.body().contains("name=\"entry:key\"")) {
      fields.put("entry:key", PublicForm.hiddenIn(form.body(), "entry:key"));
    }
    fields.put("entry:enter", "Enter the request");
    fields.put(
        "jakarta.faces.ViewState", PublicForm.hiddenIn(form.body(), "jakarta.faces.ViewState"));
    fields.put("primefaces.nonce", PublicForm.hiddenIn(form.body(), "primefaces.nonce"));
    String boundary = "storm" + UUID.randomUUID().toString().replace("-", "");
    HttpRequest click =
        post("/staff/new-request.xhtml", multipart(boundary, fields, letter), boundary);

    List<CompletableFuture<HttpResponse<Void>>> clicks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      clicks.add(staff.sendAsync(click, HttpResponse.BodyHandlers.discarding()));
    }
    List<HttpResponse<Void>> answers =
        new ArrayList<>(clicks.stream().map(CompletableFuture::join).toList());
    // and once more after all were answered (a click on the form still shown, the browser's back
    // button): the first answer's redirect ended the view scope, this one gets a fresh bean
    answers.add(staff.send(click, HttpResponse.BodyHandlers.discarding()));

    assertThat(answers)
        .as("every click is answered with the way to the request's page")
        .allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(302));
    Set<String> pages =
        answers.stream()
            .map(a -> a.headers().firstValue("Location").orElse(""))
            .collect(Collectors.toSet());
    assertThat(pages).as("one request's page for all ten clicks").hasSize(1);
    String id =
        TestDatabase.query("SELECT id FROM request WHERE subject_name = ?", name).orElseThrow();
    assertThat(TestDatabase.query("SELECT COUNT(*) FROM request WHERE subject_name = ?", name))
        .as("one request stored")
        .contains("1");
    assertThat(pages.iterator().next()).endsWith("id=" + id);
    String reference =
        TestDatabase.query("SELECT reference FROM request WHERE id = ?", id).orElseThrow();
    assertThat(staff.send(get("/staff/request.xhtml?id=" + id), ofString()).body())
        .as("the page every click leads to shows the one reference")
        .contains(reference);
    assertThat(
            TestDatabase.query("SELECT COUNT(*) FROM request_attachment WHERE request_id = ?", id))
        .as("one attachment")
        .contains("1");
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("it.attachments")))) {
      assertThat(
              files
                  .filter(Files::isRegularFile)
                  .filter(
                      f -> {
                        try {
                          return Arrays.equals(Files.readAllBytes(f), letter);
                        } catch (IOException gone) {
                          return false;
                        }
                      })
                  .count())
          .as("the letter stored once, no copy left behind")
          .isEqualTo(1);
    }
  }

  private static HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept-Language", "en").build();
  }

  private static HttpRequest post(String path, byte[] body, String boundaryOrType) {
    return HttpRequest.newBuilder(URI.create(BASE + path))
        .header("Accept-Language", "en")
        .header(
            "Content-Type",
            boundaryOrType.contains("/")
                ? boundaryOrType
                : "multipart/form-data; boundary=" + boundaryOrType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static byte[] urlEncoded(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] multipart(String boundary, Map<String, String> fields, byte[] file)
      throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"entry:file\";"
                + " filename=\"letter.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  /** The value of a form's input, whatever attributes stand between its name and its value. */
  private static String value(String html, String name) {
    Matcher m =
        Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
    assertThat(m.find()).as("the form has " + name).isTrue();
    Matcher v = Pattern.compile("value=\"([^\"]*)\"").matcher(m.group());
    assertThat(v.find()).as(name + " has a value").isTrue();
    return v.group(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
