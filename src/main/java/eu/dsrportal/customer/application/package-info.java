/**
 * Use cases on customers: finding them (CustomerDirectory), their details and contracts, the
 * administrators' changes.
 */
package eu.dsrportal.customer.application;
