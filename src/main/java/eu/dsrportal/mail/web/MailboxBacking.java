package eu.dsrportal.mail.web;

import eu.dsrportal.mail.infrastructure.DevMailCatcher;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Dev mode only: every mail the portal sent, with its links clickable. */
@Named
@RequestScoped
public class MailboxBacking {
  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  @Inject DevMailCatcher catcher;

  private List<CaughtMail> mails;

  public List<CaughtMail> getMails() throws MessagingException, IOException {
    if (mails == null) {
      mails = new ArrayList<>();
      for (MimeMessage message : catcher.received()) {
        mails.add(new CaughtMail(message));
      }
    }
    return mails;
  }

  /** A received mail, split into text and links so the page needs no unescaped output. */
  public static class CaughtMail {
    private final String to;
    private final String subject;
    private final Instant sentAt;
    private final List<Part> parts = new ArrayList<>();

    CaughtMail(MimeMessage message) throws MessagingException, IOException {
      Address[] recipients = message.getAllRecipients();
      this.to =
          recipients == null
              ? ""
              : Arrays.stream(recipients).map(Address::toString).collect(Collectors.joining(", "));
      this.subject = message.getSubject();
      this.sentAt = message.getSentDate() == null ? null : message.getSentDate().toInstant();
      String body = String.valueOf(message.getContent());
      Matcher m = LINK.matcher(body);
      int at = 0;
      while (m.find()) {
        parts.add(new Part(body.substring(at, m.start()), false));
        parts.add(new Part(m.group(), true));
        at = m.end();
      }
      parts.add(new Part(body.substring(at), false));
    }

    public String getTo() {
      return to;
    }

    public String getSubject() {
      return subject;
    }

    public Instant getSentAt() {
      return sentAt;
    }

    public List<Part> getParts() {
      return parts;
    }
  }

  public static class Part {
    private final String text;
    private final boolean link;

    Part(String text, boolean link) {
      this.text = text;
      this.link = link;
    }

    public String getText() {
      return text;
    }

    public boolean isLink() {
      return link;
    }
  }
}
