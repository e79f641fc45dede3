/** The timer that runs the digest each morning. */
package eu.dsrportal.digest.infrastructure;
