/**
 * The register of personal data breaches (contract art. 13, Annex B): what happened, when, to which
 * data and customers, what was done; and the notices sent to the customers' privacy contacts, kept
 * as they were sent.
 */
package eu.dsrportal.breach;
