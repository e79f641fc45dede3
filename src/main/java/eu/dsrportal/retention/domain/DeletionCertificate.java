package eu.dsrportal.retention.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the deletion certificate states (contract art. 14, annex 2C 2.2g): whose data, when it was
 * exported and deleted and by whom, how much of each kind was removed, and what was kept and why.
 *
 * @param removed bundle key of a kind of data and how many were removed
 * @param kept bundle key of a kind of data kept and how many
 */
public record DeletionCertificate(
    String provider,
    String customerName,
    long customerId,
    LocalDate endedOn,
    Instant exportedAt,
    String exportedBy,
    Instant deletedAt,
    String deletedBy,
    List<Count> removed,
    List<Count> kept) {

  public record Count(String key, long count) implements Serializable {}
}
