/**
 * Backing beans of the login, password, second-factor and user administration pages, and the filter
 * that ends sessions of changed accounts.
 */
package eu.dsrportal.identity.web;
