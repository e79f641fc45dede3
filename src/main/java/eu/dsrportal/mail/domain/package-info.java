/** A mail to send and its outbox row with delivery attempts. */
package eu.dsrportal.mail.domain;
