/** The audit entry and the hash that chains each entry to the one before. */
package eu.dsrportal.audit.domain;
