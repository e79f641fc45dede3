package eu.dsrportal.intake.domain;

/** Fired by intake in the transaction that reopens a closed request: its clocks run again. */
public record RequestReopened(long requestId) {}
