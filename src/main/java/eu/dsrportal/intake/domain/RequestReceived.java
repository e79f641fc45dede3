package eu.dsrportal.intake.domain;

/** Fired inside the intake transaction once a new request is stored. */
public record RequestReceived(Request request) {}
