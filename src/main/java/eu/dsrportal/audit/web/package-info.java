/** The administrators' audit trail page and its CSV download. */
package eu.dsrportal.audit.web;
