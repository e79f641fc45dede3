package eu.dsrportal.customer.domain;

/**
 * Fired in the transaction in which an administrator changed a customer's service levels: the
 * deadlines of its open requests are counted again.
 */
public record ServiceLevelsChanged(long customerId) {}
