package eu.dsrportal.intake.domain;

/**
 * Fired by intake in the transaction that closes a request, for whom it concerns besides the
 * subject: routing tells the customer that has it (and takes it back when the provider itself is
 * the controller). {@code withCustomer}: it was forwarded or acknowledged when it was closed.
 */
public record RequestClosed(Request request, boolean withCustomer) {}
