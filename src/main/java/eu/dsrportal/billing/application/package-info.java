/** Use cases of billing: the monthly statement of a customer's assistance (AssistanceBilling). */
package eu.dsrportal.billing.application;
