/** The switches: a staff user's own digest, a customer's administrator's for the customer. */
package eu.dsrportal.digest.web;
