package eu.dsrportal.digest.domain;

import java.time.Instant;

/** A mail the outbox gave up on: named by its purpose and when it was queued, never its address. */
public record FailedMail(long id, String purpose, Instant createdAt) {}
