package eu.dsrportal.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * One event in the trail: who, when (UTC), which action on which object, granted or denied, from
 * where. Never holds a data subject's free text; never changed once written, except for being
 * sealed into the hash chain.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  public enum Outcome {
    GRANTED,
    DENIED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 100, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 60, updatable = false)
  private AuditAction action;

  @Column(name = "object_type", nullable = false, length = 40, updatable = false)
  private String objectType;

  @Column(name = "object_id", length = 40, updatable = false)
  private String objectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private Outcome outcome;

  @Column(name = "client_ip", length = 45, updatable = false)
  private String clientIp;

  @Column(name = "chain_seq")
  private Long chainSeq;

  @Column(name = "previous_hash", length = 64)
  private String previousHash;

  @Column(name = "entry_hash", length = 64)
  private String entryHash;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      AuditAction action,
      String objectType,
      String objectId,
      Outcome outcome,
      String clientIp) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.objectType = objectType;
    this.objectId = objectId;
    this.outcome = outcome;
    this.clientIp = clientIp;
  }

  /**
   * Links this entry into the chain after the entry whose hash is {@code previousHash}, sealed with
   * the key; once.
   */
  public void seal(long seq, String previousHash, ChainKey key) {
    if (chainSeq != null) {
      throw new IllegalStateException("entry already sealed");
    }
    this.chainSeq = seq;
    this.previousHash = previousHash;
    this.entryHash = AuditChainHash.hmac(this, seq, previousHash, key);
  }

  /**
   * True when the stored hash is the seal of what is stored now: HMAC-SHA256 with the key from
   * {@code hmacFromSeq} on, plain SHA-256 for the entries sealed before (migration V15).
   */
  public boolean hashMatches(ChainKey key, long hmacFromSeq) {
    if (chainSeq == null) {
      return false;
    }
    String expected =
        chainSeq >= hmacFromSeq
            ? AuditChainHash.hmac(this, chainSeq, previousHash, key)
            : AuditChainHash.sha256(this, chainSeq, previousHash);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        String.valueOf(entryHash).getBytes(StandardCharsets.US_ASCII));
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getClientIp() {
    return clientIp;
  }

  public Long getChainSeq() {
    return chainSeq;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getEntryHash() {
    return entryHash;
  }
}
