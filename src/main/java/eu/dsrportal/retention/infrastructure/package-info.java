/** The end-of-service export (a ZIP of JSON and files) and the deletion certificate (PDF). */
package eu.dsrportal.retention.infrastructure;
