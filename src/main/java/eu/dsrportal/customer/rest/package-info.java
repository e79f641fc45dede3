/** The customer API for the provider's CRM (ADMIN tokens only): create or update, list. */
package eu.dsrportal.customer.rest;
