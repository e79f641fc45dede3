/**
 * The inquiry (kind, question, clock, extension, answer, files, history), its clock ({@link
 * eu.dsrportal.inquiry.domain.InquiryClock}) and when the support team is reminded ({@link
 * eu.dsrportal.inquiry.domain.ReminderRule}), with their rules.
 */
package eu.dsrportal.inquiry.domain;
