package eu.dsrportal.retention.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What one day's retention run removed (a row of {@code retention_run}). */
public record RetentionRun(
    LocalDate day,
    Instant startedAt,
    Instant finishedAt,
    int defaultMonths,
    int requestsAnonymised,
    int filesDeleted,
    int mailBodiesCleared,
    int orphanFilesRemoved) {}
