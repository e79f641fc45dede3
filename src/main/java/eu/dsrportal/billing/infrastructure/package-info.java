/**
 * The documents made from an invoice or credit note: the e-invoice in UBL 2.1 following Peppol BIS
 * Billing 3.0 (UblInvoices) and the printable PDF (InvoicePdf).
 */
package eu.dsrportal.billing.infrastructure;
