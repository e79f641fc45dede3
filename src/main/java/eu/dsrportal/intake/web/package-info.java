/**
 * Backing beans of the public form, the confirmation link's page and the staff's entry page; the
 * attachment download.
 */
package eu.dsrportal.intake.web;
