package eu.dsrportal.routing.domain;

import java.time.LocalDate;

/**
 * Fired inside the transaction in which a customer extended its answer period (GDPR art. 12(3)):
 * the clocks that count towards the old date move to {@code due}.
 */
public record AnswerPeriodExtended(long requestId, long customerId, LocalDate due) {}
