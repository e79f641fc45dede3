/**
 * Use cases on accounts: creation, passwords, second factors, roles, customers' own user
 * administration, the login monitor.
 */
package eu.dsrportal.identity.application;
