/**
 * The audit chain checked outside the portal: a command-line check the restore drill runs against a
 * restored copy of the database.
 */
package eu.dsrportal.audit.infrastructure;
