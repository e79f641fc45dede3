package eu.dsrportal.breach.application;

import eu.dsrportal.breach.domain.BreachStatus;
import java.time.Instant;

/** A line of the register: the breach, the customers it affects and how many notices were sent. */
public record BreachRow(
    long id,
    String title,
    Instant discoveredAt,
    BreachStatus status,
    String customerNames,
    long noticesSent) {}
