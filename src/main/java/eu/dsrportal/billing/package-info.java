/** Fees for assistance (contract art. 8.2): monthly statements per customer, later invoices. */
package eu.dsrportal.billing;
