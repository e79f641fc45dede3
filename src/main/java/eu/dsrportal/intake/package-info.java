/** Requests arriving: the public form, the API, and (later) staff entry and verification. */
package eu.dsrportal.intake;
