package eu.dsrportal.audit.application;

import java.time.Instant;

/**
 * Where the audit chain ends: the last sequence number, that entry's HMAC (which covers every entry
 * before it), when it was sealed (null before the first seal since V15), and where the HMAC part
 * begins. Exported for administrators to keep outside the database.
 */
public record ChainHead(long seq, String hash, Instant sealedAt, long hmacFromSeq) {}
