/**
 * Finding the customer responsible for a request, forwarding it, and the customer's
 * acknowledgement.
 */
package eu.dsrportal.routing;
