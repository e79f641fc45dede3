/**
 * Use cases of billing: the monthly statement of a customer's assistance (AssistanceBilling); the
 * provider as the seller on its invoices, from configuration (Seller).
 */
package eu.dsrportal.billing.application;
