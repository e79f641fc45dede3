/** The digest job, sending each digest once a day, and the opt-out settings. */
package eu.dsrportal.digest.application;
