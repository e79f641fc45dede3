package eu.dsrportal.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestoreRecordTest {
  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

  @Test
  void aRestoreIsRecordedAsEnteredWithBlankTextsAsNothing() {
    RestoreRecord r = record(NOW.minusSeconds(3600), RestoreOutcome.SUCCEEDED, "  ");
    assertThat(r.getBackupName()).isEqualTo("dsr-backup-20261204T020000Z");
    assertThat(r.getReEntered()).isNull();
    assertThat(r.getNotes()).isNull();
    assertThat(r.getRecordedBy()).isEqualTo("admin");
  }

  @Test
  void aRestoreCannotLieInTheFuture() {
    assertThatThrownBy(() -> record(NOW.plusSeconds(60), RestoreOutcome.SUCCEEDED, null))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("restores.error.future");
  }

  @Test
  void aRestoreThatDidNotSucceedSaysWhy() {
    assertThatThrownBy(() -> record(NOW, RestoreOutcome.PARTIAL, " "))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("restores.error.notesRequired");
    assertThatThrownBy(() -> record(NOW, RestoreOutcome.FAILED, null))
        .hasMessage("restores.error.notesRequired");
    assertThat(record(NOW, RestoreOutcome.FAILED, "dump truncated").getNotes())
        .isEqualTo("dump truncated");
  }

  private static RestoreRecord record(Instant at, RestoreOutcome outcome, String notes) {
    return new RestoreRecord(
        at,
        RestoreKind.DRILL,
        " dsr-backup-20261204T020000Z ",
        "whole database and attachments",
        outcome,
        "ops on call",
        "",
        notes,
        "admin",
        NOW);
  }
}
