/** The retention job, its settings and report, and the end of a customer's service. */
package eu.dsrportal.retention.application;
