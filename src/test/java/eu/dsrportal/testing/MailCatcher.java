package eu.dsrportal.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** Reads what the portal sent to the in-process SMTP server of the test. */
public final class MailCatcher {
  /**
   * The tests' SMTP server; the port is a build property, so that two builds can run side by side.
   */
  public static final ServerSetup SMTP =
      new ServerSetup(
          Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  private final GreenMailExtension greenMail;

  public MailCatcher(GreenMailExtension greenMail) {
    this.greenMail = greenMail;
  }

  /** Waits for the mail to {@code recipient} whose subject contains {@code subjectPart}. */
  public Mail await(String recipient, String subjectPart) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> find(recipient, subjectPart), Optional::isPresent)
        .orElseThrow();
  }

  private Optional<Mail> find(String recipient, String subjectPart) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .map(Mail::new)
        .filter(m -> m.to.equalsIgnoreCase(recipient) && m.subject.contains(subjectPart))
        .findFirst();
  }

  /** A received mail: recipient, subject, decoded text body. */
  public static final class Mail {
    public final String to;
    public final String subject;
    public final String body;

    Mail(MimeMessage message) {
      try {
        this.to = message.getRecipients(Message.RecipientType.TO)[0].toString();
        this.subject = message.getSubject();
        this.body = String.valueOf(message.getContent()).replace("\r\n", "\n");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    /** The first link in the mail to this page of the portal. */
    public String link(String page) {
      Matcher m = LINK.matcher(body);
      while (m.find()) {
        if (m.group().contains(page)) {
          return m.group();
        }
      }
      throw new AssertionError("no link to " + page + " in mail: " + subject);
    }

    public String firstLink() {
      Matcher m = LINK.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no link in mail: " + subject);
      }
      return m.group();
    }
  }
}
