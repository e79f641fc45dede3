/**
 * The outbox: contexts queue mails in their own transaction (Outbox), a timer delivers them with
 * retries (OutboxSender).
 */
package eu.dsrportal.mail.application;
