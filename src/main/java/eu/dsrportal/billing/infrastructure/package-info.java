/** The documents made from an invoice: the Peppol BIS Billing 3.0 UBL and the PDF. */
package eu.dsrportal.billing.infrastructure;
