package eu.dsrportal.routing.domain;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;

/**
 * Fired inside the transaction in which staff took a request back from a customer that should not
 * have it: the customer is told to delete what it received.
 */
public record ForwardingWithdrawn(Forwarding forwarding, Request request, Customer customer) {}
