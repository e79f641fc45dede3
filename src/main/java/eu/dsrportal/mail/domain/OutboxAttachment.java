package eu.dsrportal.mail.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A file queued with an outbox message, in the order it is attached. */
@Entity
@Table(name = "outbox_attachment")
@IdClass(OutboxAttachment.Key.class)
public class OutboxAttachment {
  public static final int FILE_NAME_LENGTH = 255;

  /** The primary key: the message and the attachment's place in it. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public long messageId;
    public int position;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.messageId == messageId && k.position == position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(messageId, position);
    }
  }

  @Id
  @Column(name = "message_id", updatable = false)
  private long messageId;

  @Id
  @Column(updatable = false)
  private int position;

  @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100, updatable = false)
  private String contentType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected OutboxAttachment() {}

  public OutboxAttachment(long messageId, int position, MailAttachment attachment) {
    this.messageId = messageId;
    this.position = position;
    this.fileName = attachment.fileName();
    this.contentType = attachment.contentType();
    this.content = attachment.content().clone();
  }

  public MailAttachment toAttachment() {
    return new MailAttachment(fileName, contentType, content);
  }

  public long getMessageId() {
    return messageId;
  }

  public int getPosition() {
    return position;
  }
}
