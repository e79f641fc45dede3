package eu.dsrportal.intake.domain;

/**
 * Fired inside the intake transaction once a new request is stored, with the links' tokens for the
 * subject's mail (null when the request needs no verification, e.g. entered by staff).
 */
public record RequestReceived(Request request, String verificationToken, String statusToken) {}
