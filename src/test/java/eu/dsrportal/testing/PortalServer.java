package eu.dsrportal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the Payara Micro of a {@link SharedPortal} class's configuration, unless it already runs,
 * and keeps it for the next classes. At most one shared server runs at a time: another
 * configuration's is stopped first (the dev-mode server would otherwise deliver the others' mails
 * to its own catcher). The last one is stopped when the test run ends.
 */
public class PortalServer implements BeforeAllCallback {
  private static final Duration STARTUP = Duration.ofSeconds(240);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static PortalConfig running;
  private static Process process;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(PortalServer::stop, "stop shared portal"));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    PortalConfig wanted = context.getRequiredTestClass().getAnnotation(SharedPortal.class).value();
    start(wanted);
    // closes the last server when the whole run ends, not after this class
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            PortalServer.class, k -> (ExtensionContext.Store.CloseableResource) PortalServer::stop);
  }

  static synchronized void start(PortalConfig wanted) throws IOException, InterruptedException {
    if (wanted == running && process != null && process.isAlive()) {
      return;
    }
    stop();
    Path target = Path.of(System.getProperty("it.war")).getParent();
    Path dir = Files.createDirectories(target.resolve("shared-portal").resolve(wanted.name()));
    Path war = dir.resolve("ROOT.war");
    wanted.archive().as(ZipExporter.class).exportTo(war.toFile(), true);
    Path log = target.resolve("failsafe-reports").resolve("portal-" + wanted.name() + ".log");
    Files.createDirectories(log.getParent());

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Ddb.url=" + System.getProperty("it.db.url"));
    command.add("-Dportal.demo-data=true");
    command.add("-Dportal.demo-password=It-Password-2026!");
    command.add("-Dportal.demo-totp-secret=ITADMINSECRETXYZITADMINSECRETXYZ");
    command.add("-Dportal.base-url=" + wanted.baseUrl());
    command.add("-Dattachments.dir=" + System.getProperty("it.attachments"));
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            war.toString(),
            "--port",
            String.valueOf(wanted.port()),
            "--nocluster",
            "--prebootcommandfile",
            System.getProperty("it.preboot"),
            "--rootdir",
            dir.resolve("root").toString()));
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    running = wanted;
    awaitReady(wanted, log);
  }

  private static void awaitReady(PortalConfig config, Path log) throws InterruptedException {
    Instant deadline = Instant.now().plus(STARTUP);
    URI ready = URI.create(config.baseUrl() + "/health/ready");
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the " + config + " portal stopped while starting; see " + log);
      }
      try {
        HttpResponse<String> response =
            HTTP.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        // the health endpoint answers UP before the application is deployed (no check is known
        // yet): ready means our own check answers, and answers UP
        if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250); // polling a starting server, not waiting for a test's result
    }
    stop();
    throw new IllegalStateException(
        "the " + config + " portal was not ready within " + STARTUP + "; see " + log);
  }

  static synchronized void stop() {
    if (process == null) {
      return;
    }
    Process stopping = process;
    process = null;
    running = null;
    stopping.descendants().forEach(ProcessHandle::destroy);
    stopping.destroy();
    try {
      if (!stopping.waitFor(30, TimeUnit.SECONDS)) {
        stopping.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      stopping.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
