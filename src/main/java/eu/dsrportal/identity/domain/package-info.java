/**
 * User accounts with their lockout, dormancy and roles; password hashing and policy; one-time
 * codes; refused logins.
 */
package eu.dsrportal.identity.domain;
