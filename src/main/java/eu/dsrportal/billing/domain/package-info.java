/**
 * Statements, their lines and money rounding; the invoice or credit note as its documents need it
 * (InvoiceDocument) and the Belgian structured payment reference. Pure and unit-tested.
 */
package eu.dsrportal.billing.domain;
