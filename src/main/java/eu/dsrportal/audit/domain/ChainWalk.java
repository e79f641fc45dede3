package eu.dsrportal.audit.domain;

import java.util.Objects;

/**
 * Walks sealed entries in chain order, as the restore drill reads them from a restored copy: each
 * must carry the next sequence number, link to the hash before it and hold its own seal; at the end
 * the head row must name the last entry. The first broken link stops the walk.
 */
public final class ChainWalk {

  /** Why a chain is broken. */
  public enum Break {
    /**
     * an entry's fields or seal were changed, or it links to another hash than its predecessor's
     */
    CHANGED,
    /** a sequence number is missing */
    MISSING,
    /** the head row names another end than the last entry */
    HEAD
  }

  /** Intact over {@code checked} entries, or broken at {@code seq} (entry {@code entryId}). */
  public record Result(long checked, Break broken, Long seq, Long entryId) {
    public boolean intact() {
      return broken == null;
    }
  }

  private final ChainKey key;
  private final long hmacFromSeq;
  private long expectedSeq = 1;
  private String previousHash = AuditChainHash.GENESIS;
  private Result broken;

  public ChainWalk(ChainKey key, long hmacFromSeq) {
    this.key = Objects.requireNonNull(key);
    this.hmacFromSeq = hmacFromSeq;
  }

  /** Checks the next entry; false once the chain is broken (later entries are not looked at). */
  public boolean next(SealedEntry entry) {
    if (broken != null) {
      return false;
    }
    if (entry.seq() != expectedSeq) {
      broken = new Result(expectedSeq - 1, Break.MISSING, expectedSeq, null);
      return false;
    }
    if (!Objects.equals(entry.previousHash(), previousHash)
        || !AuditChainHash.matches(entry, key, hmacFromSeq)) {
      broken = new Result(expectedSeq - 1, Break.CHANGED, expectedSeq, entry.id());
      return false;
    }
    previousHash = entry.entryHash();
    expectedSeq++;
    return true;
  }

  /** The outcome, given where the head row says the chain ends. */
  public Result end(long headSeq, String headHash) {
    if (broken != null) {
      return broken;
    }
    long checked = expectedSeq - 1;
    if (headSeq > checked) {
      return new Result(checked, Break.MISSING, expectedSeq, null);
    }
    if (headSeq < checked || !Objects.equals(headHash, previousHash)) {
      return new Result(checked, Break.HEAD, headSeq, null);
    }
    return new Result(checked, null, null, null);
  }
}
