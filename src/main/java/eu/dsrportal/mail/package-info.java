/**
 * Outgoing mail through a transactional outbox: actions write a row in their own transaction, a
 * scheduled sender delivers it later with retries, so a slow or absent mail server never breaks or
 * slows an action, and no mail leaves for an action that was rolled back.
 */
package eu.dsrportal.mail;
