package eu.dsrportal.mail.domain;

/** A plain-text mail: to whom, about what, and why it is sent (for staff, never personal data). */
public record MailMessage(String recipient, String subject, String body, String purpose) {}
