/**
 * When data is due to leave ({@link eu.dsrportal.retention.domain.RetentionPolicy}), and what left.
 */
package eu.dsrportal.retention.domain;
