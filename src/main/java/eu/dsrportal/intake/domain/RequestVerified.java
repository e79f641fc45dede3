package eu.dsrportal.intake.domain;

/**
 * Fired by intake in the transaction in which the subject confirmed the e-mail address: the request
 * enters the inbox, and the provider's clock starts.
 */
public record RequestVerified(long requestId) {}
