/** Statements, their lines and money rounding, pure and unit-tested. */
package eu.dsrportal.billing.domain;
