package eu.dsrportal.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Waits until nothing listens on the integration tests' HTTP port any more. */
public class HttpPortReleased implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("it.war") == null) {
      return; // running inside the server, which is the one listening
    }
    // the in-container classes come last: the shared servers are done, and their CPU is freed
    PortalServer.stopAll();
    int port = Integer.getInteger("it.http.port", 8181);
    Awaitility.await("port " + port + " released by the previous server")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> !listening(port));
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
