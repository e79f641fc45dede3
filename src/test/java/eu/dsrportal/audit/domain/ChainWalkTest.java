package eu.dsrportal.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.shared.domain.SecretToken;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The restore drill's walk over a restored chain agrees with the portal's seals. */
class ChainWalkTest {
  private static final ChainKey KEY = ChainKey.of("one-key-for-the-tests-of-the-chain-0001");
  private static final Instant AT = Instant.parse("2026-12-01T10:15:30.123456789Z");

  @Test
  void aChainAsThePortalSealedItIsIntact() {
    List<SealedEntry> chain = chain(5);
    ChainWalk walk = new ChainWalk(KEY, 1);
    chain.forEach(walk::next);

    ChainWalk.Result result = walk.end(5, chain.get(4).entryHash());
    assertThat(result.intact()).isTrue();
    assertThat(result.checked()).isEqualTo(5);
  }

  @Test
  void aChangedFieldIsFoundWithItsEntry() {
    List<SealedEntry> chain = chain(5);
    SealedEntry third = chain.get(2);
    chain.set(2, withActor(third, "mallory"));

    ChainWalk.Result result = walk(chain, KEY, 1, 5, chain.get(4).entryHash());
    assertThat(result.broken()).isEqualTo(ChainWalk.Break.CHANGED);
    assertThat(result.seq()).isEqualTo(3);
    assertThat(result.entryId()).isEqualTo(third.id());
    assertThat(result.checked()).isEqualTo(2);
  }

  @Test
  void aMissingEntryOrACutOffEndIsFound() {
    List<SealedEntry> chain = chain(5);
    String last = chain.get(4).entryHash();
    List<SealedEntry> gap = new ArrayList<>(chain);
    gap.remove(1);
    assertThat(walk(gap, KEY, 1, 5, last).broken()).isEqualTo(ChainWalk.Break.MISSING);
    assertThat(walk(gap, KEY, 1, 5, last).seq()).isEqualTo(2);

    List<SealedEntry> cut = chain.subList(0, 4);
    assertThat(walk(cut, KEY, 1, 5, last).broken()).isEqualTo(ChainWalk.Break.MISSING);
    assertThat(walk(cut, KEY, 1, 5, last).seq()).isEqualTo(5);
  }

  @Test
  void aHeadThatNamesAnotherEndIsFound() {
    List<SealedEntry> chain = chain(3);
    assertThat(walk(chain, KEY, 1, 2, chain.get(1).entryHash()).broken())
        .isEqualTo(ChainWalk.Break.HEAD);
    assertThat(walk(chain, KEY, 1, 3, "ab".repeat(32)).broken()).isEqualTo(ChainWalk.Break.HEAD);
  }

  @Test
  void anotherKeyDoesNotVerify() {
    List<SealedEntry> chain = chain(2);
    ChainKey other = ChainKey.of("another-key-for-the-tests-of-the-chain-02");
    assertThat(walk(chain, other, 1, 2, chain.get(1).entryHash()).broken())
        .isEqualTo(ChainWalk.Break.CHANGED);
  }

  @Test
  void entriesSealedWithSha256BeforeTheHmacPartVerify() {
    String canonical =
        "1:1|27:2026-12-01T10:15:30.123456Z|7:support|14:REQUEST_VIEWED|7:Request|2:42|"
            + "7:GRANTED|8:10.0.0.7|64:"
            + AuditChainHash.GENESIS
            + "|";
    SealedEntry old =
        new SealedEntry(
            1,
            1,
            AT,
            "support",
            "REQUEST_VIEWED",
            "Request",
            "42",
            "GRANTED",
            "10.0.0.7",
            AuditChainHash.GENESIS,
            SecretToken.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)));
    assertThat(walk(List.of(old), KEY, 2, 1, old.entryHash()).intact()).isTrue();
    assertThat(walk(List.of(old), KEY, 1, 1, old.entryHash()).intact()).isFalse();
  }

  private static ChainWalk.Result walk(
      List<SealedEntry> entries, ChainKey key, long hmacFrom, long headSeq, String headHash) {
    ChainWalk walk = new ChainWalk(key, hmacFrom);
    entries.forEach(walk::next);
    return walk.end(headSeq, headHash);
  }

  /** Entries sealed as the portal's sealer seals them, read back as the drill reads them. */
  private static List<SealedEntry> chain(int length) {
    List<SealedEntry> chain = new ArrayList<>();
    String previous = AuditChainHash.GENESIS;
    for (int seq = 1; seq <= length; seq++) {
      AuditEntry entry =
          new AuditEntry(
              AT.plusSeconds(seq),
              "support",
              AuditAction.REQUEST_VIEWED,
              "Request",
              String.valueOf(40 + seq),
              AuditEntry.Outcome.GRANTED,
              seq % 2 == 0 ? null : "10.0.0.7");
      entry.seal(seq, previous, KEY);
      previous = entry.getEntryHash();
      chain.add(
          new SealedEntry(
              100 + seq,
              seq,
              entry.getOccurredAt(),
              entry.getActor(),
              entry.getAction().name(),
              entry.getObjectType(),
              entry.getObjectId(),
              entry.getOutcome().name(),
              entry.getClientIp(),
              entry.getPreviousHash(),
              entry.getEntryHash()));
    }
    return chain;
  }

  private static SealedEntry withActor(SealedEntry e, String actor) {
    return new SealedEntry(
        e.id(),
        e.seq(),
        e.occurredAt(),
        actor,
        e.action(),
        e.objectType(),
        e.objectId(),
        e.outcome(),
        e.clientIp(),
        e.previousHash(),
        e.entryHash());
  }
}
