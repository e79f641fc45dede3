/** The staff's outbox page and the dev mode's Mailbox page. */
package eu.dsrportal.mail.web;
