package eu.dsrportal.routing.application;

import eu.dsrportal.routing.domain.Forwarding;

/** One forwarding of a request, with its customer's name, as staff see the request's history. */
public record ForwardingHistory(Forwarding forwarding, String customerName) {}
