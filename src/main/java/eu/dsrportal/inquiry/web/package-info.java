/**
 * The inquiry pages: the customer's list, form and answer (/customer/inquiries.xhtml,
 * /customer/inquiry.xhtml), the support team's list and answer page (/staff/inquiries.xhtml,
 * /staff/inquiry.xhtml), and the downloads of the answer's files.
 */
package eu.dsrportal.inquiry.web;
