/**
 * Requests arriving: the public form, the API and staff entry of letters, calls and e-mails (also
 * from third parties and authorities); the subject's confirmation by the mailed link.
 */
package eu.dsrportal.intake;
