package eu.dsrportal.mail.infrastructure;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In dev mode, when no SMTP server is configured, an SMTP server inside the portal receives every
 * mail so that a newcomer can follow the whole path on the Mailbox page. Never started outside dev
 * mode.
 */
@Singleton
@Startup
public class DevMailCatcher {

  private static final Logger LOG = Logger.getLogger(DevMailCatcher.class.getName());

  @Inject PortalSettings settings;

  @Inject
  @ConfigProperty(name = "smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "portal.dev.smtp-port")
  int port;

  private GreenMail greenMail;

  @PostConstruct
  void start() {
    if (!settings.isDevMode() || smtpHost.isPresent()) {
      return;
    }
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    LOG.info(() -> "Dev mode: catching all mail on SMTP port " + port);
  }

  @PreDestroy
  void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }

  public boolean isRunning() {
    return greenMail != null;
  }

  public int port() {
    return port;
  }

  /** Every mail received since start, newest first. */
  public List<MimeMessage> received() {
    if (greenMail == null) {
      return List.of();
    }
    return Arrays.stream(greenMail.getReceivedMessages())
        .sorted(Comparator.comparing(DevMailCatcher::sentDate).reversed())
        .toList();
  }

  private static java.util.Date sentDate(MimeMessage message) {
    try {
      java.util.Date date = message.getSentDate();
      return date == null ? new java.util.Date(0) : date;
    } catch (jakarta.mail.MessagingException e) {
      return new java.util.Date(0);
    }
  }
}
