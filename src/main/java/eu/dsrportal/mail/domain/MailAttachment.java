package eu.dsrportal.mail.domain;

import java.util.Objects;

/** A file sent with a mail, e.g. an invoice's PDF and UBL. */
public record MailAttachment(String fileName, String contentType, byte[] content) {
  public MailAttachment {
    Objects.requireNonNull(fileName);
    Objects.requireNonNull(contentType);
    Objects.requireNonNull(content);
  }
}
