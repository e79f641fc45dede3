package eu.dsrportal.intake.domain;

import java.time.Instant;

/**
 * Routing tells intake that a request's active forwarding ended, in the transaction of that step:
 * staff withdrew it ({@code customerReason} null: a re-forward follows, or the provider is the
 * controller) or the customer answered "not ours" with {@code customerReason}. Intake moves the
 * request back to received ({@link Request#followRoutingEnded}).
 */
public record RoutingEnded(long requestId, String customerReason, Instant at) {}
