package eu.dsrportal.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.shared.domain.SecretToken;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainHashTest {
  private static final Instant AT = Instant.parse("2026-12-01T10:15:30.123456789Z");
  private static final ChainKey KEY = ChainKey.of("one-key-for-the-tests-of-the-chain-0001");
  private static final ChainKey OTHER = ChainKey.of("another-key-for-the-tests-of-the-chain-02");

  @Test
  void theSealIsAnHmacThatDependsOnTheKey() {
    AuditEntry one = entry();
    AuditEntry two = entry();
    one.seal(1, AuditChainHash.GENESIS, KEY);
    two.seal(1, AuditChainHash.GENESIS, OTHER);

    assertThat(one.getEntryHash()).hasSize(64).isNotEqualTo(two.getEntryHash());
    assertThat(one.getEntryHash())
        .as("no longer the plain SHA-256 anyone could recompute")
        .isNotEqualTo(SecretToken.sha256Hex(canonical().getBytes(StandardCharsets.UTF_8)));
    assertThat(one.hashMatches(KEY, 1)).isTrue();
    assertThat(one.hashMatches(OTHER, 1)).as("re-sealed without our key").isFalse();
  }

  @Test
  void entriesSealedWithSha256BeforeTheSwitchStillVerify() throws Exception {
    // as the sealer wrote them before V15: SHA-256 over the canonical form
    AuditEntry old = entry();
    set(old, "chainSeq", 1L);
    set(old, "previousHash", AuditChainHash.GENESIS);
    set(old, "entryHash", SecretToken.sha256Hex(canonical().getBytes(StandardCharsets.UTF_8)));

    assertThat(old.hashMatches(KEY, 2)).as("before hmac_from_seq").isTrue();
    assertThat(old.hashMatches(KEY, 1))
        .as("a SHA-256 seal where the chain is sealed by HMAC is refused")
        .isFalse();
    set(old, "actor", "mallory");
    assertThat(old.hashMatches(KEY, 2)).as("an old entry changed").isFalse();
  }

  @Test
  void anEntryChangedAfterSealingNoLongerMatches() throws Exception {
    AuditEntry entry = entry();
    entry.seal(7, "ab".repeat(32), KEY);
    assertThat(entry.hashMatches(KEY, 1)).isTrue();

    set(entry, "objectId", "43");
    assertThat(entry.hashMatches(KEY, 1)).isFalse();
    set(entry, "objectId", "42");
    set(entry, "previousHash", "cd".repeat(32));
    assertThat(entry.hashMatches(KEY, 1)).as("linked elsewhere").isFalse();
  }

  @Test
  void theKeyIsNeverPrinted() {
    assertThat(KEY.toString()).doesNotContain("one-key");
  }

  private static AuditEntry entry() {
    return new AuditEntry(
        AT,
        "support",
        AuditAction.REQUEST_VIEWED,
        "Request",
        "42",
        AuditEntry.Outcome.GRANTED,
        "10.0.0.7");
  }

  /** The canonical form of {@link #entry()} at position 1, written out as V4 defined it. */
  private static String canonical() {
    return "1:1|27:2026-12-01T10:15:30.123456Z|7:support|14:REQUEST_VIEWED|7:Request|2:42|"
        + "7:GRANTED|8:10.0.0.7|64:"
        + AuditChainHash.GENESIS
        + "|";
  }

  private static void set(AuditEntry entry, String field, Object value) throws Exception {
    Field f = AuditEntry.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(entry, value);
  }
}
