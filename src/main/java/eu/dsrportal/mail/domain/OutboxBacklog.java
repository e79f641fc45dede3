package eu.dsrportal.mail.domain;

import java.time.Instant;

/**
 * What the outbox holds now, for staff: mails waiting (of which due now and being sent), failed
 * mails, the oldest waiting mail's queueing time and the next planned try (null when none).
 */
public record OutboxBacklog(
    long pending, long due, long sending, long failed, Instant oldestPending, Instant nextTry) {}
