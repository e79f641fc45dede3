/**
 * The inquiries' use cases: the customer's ({@link
 * eu.dsrportal.inquiry.application.CustomerInquiries}, bound to the caller's customer), the support
 * team's ({@link eu.dsrportal.inquiry.application.InquiryDesk}), their mails and the hourly
 * reminder job ({@link eu.dsrportal.inquiry.application.InquiryReminders}).
 */
package eu.dsrportal.inquiry.application;
