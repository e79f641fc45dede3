package eu.dsrportal.routing.domain;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;

/** Fired inside the forwarding transaction. */
public record RequestForwarded(Request request, Customer customer) {}
