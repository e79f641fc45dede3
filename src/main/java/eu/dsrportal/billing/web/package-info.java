/**
 * Billing pages: runs and drafts, invoices and credit notes (staff), the customer's invoices, the
 * reports, and the PDF, UBL and CSV downloads.
 */
package eu.dsrportal.billing.web;
