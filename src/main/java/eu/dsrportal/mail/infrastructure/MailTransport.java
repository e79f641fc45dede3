package eu.dsrportal.mail.infrastructure;

import eu.dsrportal.mail.domain.ClaimedMail;
import eu.dsrportal.mail.domain.MailAttachment;
import eu.dsrportal.mail.domain.MailMessage;
import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one mail over SMTP. The server comes from configuration (SMTP_HOST, SMTP_PORT, ...); in dev
 * mode without a server it is the in-process catcher.
 */
@ApplicationScoped
public class MailTransport {

  @Inject
  @ConfigProperty(name = "smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "smtp.port")
  int port;

  @Inject
  @ConfigProperty(name = "smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "smtp.starttls")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "mail.from")
  String from;

  /** Connect, read and write timeout of one SMTP exchange: a silent server is left after this. */
  @Inject
  @ConfigProperty(name = "smtp.timeout-seconds")
  int timeoutSeconds;

  @Inject DevMailCatcher devCatcher;

  private Session session;

  @PostConstruct
  void init() {
    Properties props = new Properties();
    boolean useCatcher = host.isEmpty() && devCatcher.isRunning();
    props.put("mail.smtp.host", useCatcher ? "127.0.0.1" : host.orElse(""));
    props.put("mail.smtp.port", String.valueOf(useCatcher ? devCatcher.port() : port));
    String timeout = String.valueOf(Math.max(1, timeoutSeconds) * 1000L);
    props.put("mail.smtp.connectiontimeout", timeout);
    props.put("mail.smtp.timeout", timeout);
    props.put("mail.smtp.writetimeout", timeout);
    props.put("mail.smtp.starttls.enable", String.valueOf(startTls && !useCatcher));
    props.put("mail.smtp.starttls.required", String.valueOf(startTls && !useCatcher));
    boolean auth = user.isPresent() && !useCatcher;
    props.put("mail.smtp.auth", String.valueOf(auth));
    session =
        auth
            ? Session.getInstance(
                props,
                new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                  }
                })
            : Session.getInstance(props);
  }

  public void send(MailMessage mail) throws MessagingException {
    send(mail, List.of());
  }

  /**
   * Sends a mail: a single text part without attachments; multipart/mixed (the text, then each file
   * in order) with them.
   */
  public void send(MailMessage mail, List<MailAttachment> attachments) throws MessagingException {
    if (host.isEmpty() && !devCatcher.isRunning()) {
      throw new MessagingException("no SMTP server configured (set SMTP_HOST)");
    }
    Transport.send(compose(session, from, mail, attachments));
  }

  /**
   * Opens one SMTP connection for a batch of mails; close it when the batch is done. Fails (with
   * the server unavailable) when no server answers within the timeout.
   */
  public Connection open() throws MessagingException {
    if (host.isEmpty() && !devCatcher.isRunning()) {
      throw new MessagingException(
          "no SMTP server configured (set SMTP_HOST)",
          new java.net.ConnectException("no SMTP host"));
    }
    Transport transport = session.getTransport("smtp");
    transport.connect();
    return new Connection(transport);
  }

  /** One open SMTP connection, reused for the mails of a batch. */
  public final class Connection implements AutoCloseable {
    private final Transport transport;

    private Connection(Transport transport) {
      this.transport = transport;
    }

    /** Sends a queued mail with its stable Message-ID, so a repeat is recognisably the same. */
    public void send(ClaimedMail claimed) throws MessagingException {
      if (!transport.isConnected()) {
        throw new MessagingException(
            "SMTP connection lost", new java.io.IOException("connection closed"));
      }
      MimeMessage message =
          compose(
              session,
              from,
              claimed.mail(),
              claimed.attachments(),
              claimed.messageId(domainOf(from)));
      transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() {
      try {
        transport.close();
      } catch (MessagingException | RuntimeException e) {
        // the connection is gone either way
      }
    }
  }

  /** The domain of the sender address, for Message-IDs. */
  static String domainOf(String from) {
    try {
      String address = new InternetAddress(from).getAddress();
      int at = address.lastIndexOf('@');
      return at < 0 ? "dsr-portal.invalid" : address.substring(at + 1);
    } catch (MessagingException e) {
      return "dsr-portal.invalid";
    }
  }

  /** The MIME message for a mail and its files. */
  static MimeMessage compose(
      Session session, String from, MailMessage mail, List<MailAttachment> attachments)
      throws MessagingException {
    return compose(session, from, mail, attachments, null);
  }

  /** The MIME message for a mail and its files, with the given Message-ID (null: a new one). */
  static MimeMessage compose(
      Session session,
      String from,
      MailMessage mail,
      List<MailAttachment> attachments,
      String messageId)
      throws MessagingException {
    MimeMessage message =
        messageId == null
            ? new MimeMessage(session)
            : new MimeMessage(session) {
              @Override
              protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
              }
            };
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    if (attachments.isEmpty()) {
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.body(), StandardCharsets.UTF_8.name());
      mixed.addBodyPart(text);
      for (MailAttachment attachment : attachments) {
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(
            new DataHandler(
                new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        file.setFileName(attachment.fileName());
        file.setDisposition(Part.ATTACHMENT);
        // byte for byte: no line-end conversion, whatever the content looks like
        file.setHeader("Content-Transfer-Encoding", "base64");
        mixed.addBodyPart(file);
      }
      message.setContent(mixed);
    }
    message.setSentDate(new Date());
    message.saveChanges();
    return message;
  }
}
