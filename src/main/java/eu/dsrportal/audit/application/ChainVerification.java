package eu.dsrportal.audit.application;

/** The outcome of checking the chain: intact over so many entries, or the first broken link. */
public class ChainVerification {
  private final long checked;
  private final Long brokenEntryId;
  private final Long brokenSeq;

  private ChainVerification(long checked, Long brokenEntryId, Long brokenSeq) {
    this.checked = checked;
    this.brokenEntryId = brokenEntryId;
    this.brokenSeq = brokenSeq;
  }

  static ChainVerification intact(long checked) {
    return new ChainVerification(checked, null, null);
  }

  static ChainVerification brokenAt(long checked, Long entryId, long seq) {
    return new ChainVerification(checked, entryId, seq);
  }

  public boolean isIntact() {
    return brokenSeq == null;
  }

  public long getChecked() {
    return checked;
  }

  /**
   * The entry whose hash no longer matches, or null when an entry is missing at {@link
   * #getBrokenSeq}.
   */
  public Long getBrokenEntryId() {
    return brokenEntryId;
  }

  public Long getBrokenSeq() {
    return brokenSeq;
  }
}
