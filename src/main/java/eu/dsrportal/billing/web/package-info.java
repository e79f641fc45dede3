/** The billing staff's statement page and its CSV download. */
package eu.dsrportal.billing.web;
