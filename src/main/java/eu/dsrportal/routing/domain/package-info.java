/**
 * The forwarding of a request to a customer, its acknowledgement and the customer's answer date.
 */
package eu.dsrportal.routing.domain;
