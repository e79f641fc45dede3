package eu.dsrportal.audit.domain;

import java.time.Instant;

/**
 * A sealed audit entry as read back from a database, a restored copy for instance, field by field
 * as text: an action this version no longer knows still verifies.
 */
public record SealedEntry(
    long id,
    long seq,
    Instant occurredAt,
    String actor,
    String action,
    String objectType,
    String objectId,
    String outcome,
    String clientIp,
    String previousHash,
    String entryHash) {}
