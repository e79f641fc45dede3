/**
 * Value objects and exceptions every context uses: languages, rights, the provider's time, secret
 * tokens.
 */
package eu.dsrportal.shared.domain;
