package eu.dsrportal.digest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A recipient's choice about the digest: off (or on again). No row is the default: on. A staff user
 * keeps their own (the language of their mails is their account's); a customer's administrators
 * keep their customer's.
 */
@Entity
@Table(name = "digest_setting")
@IdClass(DigestSetting.Key.class)
public class DigestSetting {
  public static final int KEY_LENGTH = 100;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_kind", length = 10)
  private RecipientKind recipientKind;

  @Id
  @Column(name = "recipient_key", length = KEY_LENGTH)
  private String recipientKey;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  @Version private long version;

  /** The composite key: kind and key (a class with a no-argument constructor, as JPA wants). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private RecipientKind recipientKind;
    private String recipientKey;

    public Key() {}

    public Key(RecipientKind recipientKind, String recipientKey) {
      this.recipientKind = recipientKind;
      this.recipientKey = recipientKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && recipientKind == k.recipientKind
          && Objects.equals(recipientKey, k.recipientKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(recipientKind, recipientKey);
    }
  }

  protected DigestSetting() {}

  public DigestSetting(RecipientKind kind, String key) {
    this.recipientKind = Objects.requireNonNull(kind);
    this.recipientKey = Objects.requireNonNull(key);
    this.enabled = true;
  }

  /** The recipient wants the digest (or not). */
  public void choose(boolean enabled, String by, Instant at) {
    this.enabled = enabled;
    this.changedBy = Objects.requireNonNull(by);
    this.changedAt = Objects.requireNonNull(at);
  }

  public RecipientKind getRecipientKind() {
    return recipientKind;
  }

  public String getRecipientKey() {
    return recipientKey;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
