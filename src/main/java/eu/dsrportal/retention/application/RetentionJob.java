package eu.dsrportal.retention.application;

import eu.dsrportal.retention.domain.RetentionPolicy;
import eu.dsrportal.retention.domain.RetentionRun;
import eu.dsrportal.shared.infrastructure.FileStore;
import eu.dsrportal.shared.infrastructure.ScheduledJobs;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The daily retention run (docs/retention.md): handled requests anonymised when their period has
 * passed, their files deleted; sent mails' bodies cleared; orphan files removed. Once a Brussels
 * day, however often it is called and on however many instances ({@link RetentionWork#purge}). No
 * transaction of its own: the database steps commit before the files go.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {
  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Inject Clock clock;
  @Inject RetentionWork work;
  @Inject RetentionSettings settings;
  @Inject FileStore files;
  @Inject ScheduledJobs jobs;

  @Schedule(hour = "3", minute = "41", timezone = "Europe/Brussels", persistent = false)
  void daily() {
    Instant now = clock.instant();
    // once cluster-wide: the day's row guards the work anyway, the lease spares the other instances
    jobs.runOnce("retention", now, Duration.ofMinutes(1), Duration.ofHours(1), () -> run(now));
  }

  /** The run of {@code now}'s day; empty when that day's run happened already. */
  public Optional<RetentionRun> run(Instant now) {
    Instant began = clock.instant();
    RetentionPolicy policy = settings.policy();
    Optional<RetentionWork.Claimed> claimed = work.purge(now, policy);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    int deleted = 0;
    for (String key : claimed.get().storageKeys()) {
      deleted += files.delete(key) ? 1 : 0;
    }
    Set<String> known = work.knownStorageKeys();
    int orphans = 0;
    for (String name : files.namesWrittenBefore(policy.orphansWrittenBefore(now))) {
      if (!known.contains(name)) {
        orphans += files.deleteName(name) ? 1 : 0;
      }
    }
    RetentionRun run =
        work.finish(
            claimed.get().runId(),
            deleted,
            orphans,
            now.plus(Duration.between(began, clock.instant())));
    LOG.info(
        () ->
            "Retention run: "
                + run.requestsAnonymised()
                + " requests anonymised, "
                + run.filesDeleted()
                + " files deleted, "
                + run.mailBodiesCleared()
                + " mail bodies cleared, "
                + run.orphanFilesRemoved()
                + " orphan files removed");
    return Optional.of(run);
  }
}
