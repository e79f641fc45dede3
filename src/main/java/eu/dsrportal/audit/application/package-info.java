/**
 * Writing the audit trail in the action's transaction (AuditLog), sealing it into a hash chain, and
 * searching, exporting and checking it (AuditTrail).
 */
package eu.dsrportal.audit.application;
