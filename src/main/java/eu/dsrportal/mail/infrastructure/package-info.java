/** SMTP delivery through Jakarta Mail, and the dev mode's in-process catcher. */
package eu.dsrportal.mail.infrastructure;
