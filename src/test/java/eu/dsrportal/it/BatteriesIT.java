package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.PublicForm;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fast part of the batteries (issue 13; the long runs are scripts in perf/): the double-click
 * storm, the same public form POST (same view state, script nonce and submission key) sent ten
 * times at once, must give one request and one reference. The public form is stateless: neither
 * showing it nor sending it creates a session.
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
}
