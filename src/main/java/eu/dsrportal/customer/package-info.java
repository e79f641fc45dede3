/**
 * Customers (the controllers), their privacy contacts and contracts, and the customer's own pages.
 */
package eu.dsrportal.customer;
