package eu.dsrportal.testing;

import eu.dsrportal.identity.domain.PasswordHasher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Payara Micro of each {@link SharedPortal} configuration, started once and kept for every
 * class that needs it. Each configuration has its own port and its own database on the tests'
 * MariaDB, so that servers can run side by side without one's outbox sending another's mails. The
 * first configuration starts when its first class does; the others the run needs ({@link ByPortal}
 * knows them) start in the background one after the other meanwhile, so that their classes find
 * them ready. All are stopped before the in-container classes and at the end.
 */
public class PortalServer implements BeforeAllCallback {
  private static final Duration STARTUP = Duration.ofSeconds(300);
  private static final String DEMO_PASSWORD = "It-Password-2026!";
  private static final Path NICE = Path.of("/usr/bin/nice");
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempt on every poll
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private static final Map<PortalConfig, CompletableFuture<Process>> SERVERS =
      new EnumMap<>(PortalConfig.class);
  private static final ExecutorService BACKGROUND =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "shared portal starter");
            thread.setDaemon(true);
            return thread;
          });

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(PortalServer::stopAll, "stop shared portals"));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    PortalConfig wanted = context.getRequiredTestClass().getAnnotation(SharedPortal.class).value();
    awaitStarted(wanted);
    for (PortalConfig later : ByPortal.configurationsOfThisRun()) {
      starting(later, true);
    }
    // stops the servers when the whole run ends, not after this class
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            PortalServer.class,
            k -> (ExtensionContext.Store.CloseableResource) PortalServer::stopAll);
  }

  /** Waits until {@code config}'s server is up (starting it if nobody has yet). */
  public static void ensureStarted(PortalConfig config) throws Exception {
    awaitStarted(config);
  }

  /**
   * Kills {@code config}'s server at once, as a crash would (its process and children, no
   * shutdown): for a test of what the other instances make of it. It is not started again.
   */
  public static void kill(PortalConfig config) throws Exception {
    Process process = starting(config, false).get(STARTUP.toSeconds(), TimeUnit.SECONDS);
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  private static void awaitStarted(PortalConfig config) throws Exception {
    try {
      Process process = starting(config, false).get(STARTUP.toSeconds(), TimeUnit.SECONDS);
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the " + config + " portal has stopped; see " + log(config));
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("the " + config + " portal did not start", e.getCause());
    }
  }

  private static synchronized CompletableFuture<Process> starting(
      PortalConfig config, boolean inBackground) {
    return SERVERS.computeIfAbsent(
        config,
        c ->
            inBackground
                ? CompletableFuture.supplyAsync(() -> start(c, true), BACKGROUND)
                : CompletableFuture.completedFuture(start(c, false)));
  }

  private static Process start(PortalConfig config, boolean inBackground) {
    try {
      Path target = Path.of(System.getProperty("it.war")).getParent();
      Path dir = Files.createDirectories(target.resolve("shared-portal").resolve(config.name()));
      Path war = dir.resolve("ROOT.war");
      config.archive().as(ZipExporter.class).exportTo(war.toFile(), true);
      Path log = log(config);
      Files.createDirectories(log.getParent());

      List<String> command = new ArrayList<>();
      if (inBackground && Files.isExecutable(NICE)) {
        // a server started for later classes boots at a lower priority than the classes being
        // tested meanwhile (two cores: it would slow them while it has minutes to spare)
        command.addAll(List.of(NICE.toString(), "-n", "10"));
      }
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Ddb.url=" + config.dbUrl());
      command.add("-Dportal.demo-data=true");
      command.add("-Dportal.demo-password=" + DEMO_PASSWORD);
      command.add("-Dportal.demo-totp-secret=" + AuthenticatorApp.ADMIN_SECRET);
      command.add("-Dportal.base-url=" + config.baseUrl());
      command.add("-Dattachments.dir=" + System.getProperty("it.attachments"));
      command.addAll(
          List.of(
              "-jar",
              System.getProperty("payara.microJar"),
              "--deploy",
              war.toString(),
              "--port",
              String.valueOf(config.port()),
              "--nocluster",
              "--prebootcommandfile",
              System.getProperty("it.preboot"),
              "--rootdir",
              dir.resolve("root").toString()));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      awaitReady(config, process);
      demoPasswordsAtTheTestsCost(config);
      return process;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The demo users' password (the same for all) hashed at the cost {@link TestDatabase#createUser}
   * uses: at the shipped cost (PBKDF2 with 210,000 rounds) every login costs the server a few
   * hundred milliseconds of CPU, and the classes log in as the demo users more than a hundred times
   * a run. Right after the start the demo users are the only ones.
   */
  private static void demoPasswordsAtTheTestsCost(PortalConfig config) throws SQLException {
    TestDatabase.update(
        config,
        "UPDATE user_account SET password_hash = ? WHERE password_hash LIKE ?",
        new PasswordHasher(10_000).hash(DEMO_PASSWORD.toCharArray()),
        "pbkdf2-sha512:" + PasswordHasher.ITERATIONS + ":%");
  }

  private static Path log(PortalConfig config) {
    return Path.of(System.getProperty("it.war"))
        .getParent()
        .resolve("failsafe-reports")
        .resolve("portal-" + config.name() + ".log");
  }

  private static void awaitReady(PortalConfig config, Process process) throws InterruptedException {
    Instant deadline = Instant.now().plus(STARTUP);
    URI ready = URI.create(config.baseUrl() + "/health/ready");
    String lastAnswer = "nothing";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the " + config + " portal stopped while starting; see " + log(config));
      }
      try {
        HttpResponse<String> response =
            HTTP.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        lastAnswer = "/health/ready " + response.statusCode() + " " + response.body();
        // the health endpoint answers UP before the application is deployed (no check is known
        // yet), and our own check answers before the web module serves its pages: ready means
        // our check is UP and a page of ours answers
        if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
          int login =
              HTTP.send(
                      HttpRequest.newBuilder(URI.create(config.baseUrl() + "/login.xhtml"))
                          .timeout(Duration.ofSeconds(10))
                          .build(),
                      HttpResponse.BodyHandlers.discarding())
                  .statusCode();
          if (login == 200) {
            return;
          }
          lastAnswer = "/login.xhtml " + login;
        }
      } catch (IOException notYet) {
        lastAnswer = notYet.toString(); // not listening yet, or too slow to answer
      }
      Thread.sleep(250); // polling a starting server, not waiting for a test's result
    }
    stop(process);
    throw new IllegalStateException(
        "the "
            + config
            + " portal was not ready within "
            + STARTUP
            + " (its last answer: "
            + lastAnswer
            + "); see "
            + log(config));
  }

  /**
   * Stops every shared server (before the in-container classes, and at the end of the run): all are
   * told to stop at once, then awaited, as each takes seconds to shut down.
   */
  static synchronized void stopAll() {
    List<Process> stopping = new ArrayList<>();
    for (CompletableFuture<Process> server : SERVERS.values()) {
      try {
        Process process = server.get(STARTUP.toSeconds(), TimeUnit.SECONDS); // one still starting
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        stopping.add(process);
      } catch (ExecutionException | java.util.concurrent.TimeoutException didNotStart) {
        // nothing to stop: it stopped itself when it failed
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    stopping.forEach(PortalServer::awaitStopped);
    SERVERS.clear();
  }

  private static void stop(Process process) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    awaitStopped(process);
  }

  private static void awaitStopped(Process process) {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
