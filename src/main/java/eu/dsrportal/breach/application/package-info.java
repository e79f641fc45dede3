/**
 * Administrators recording and editing breaches and sending notices; a customer's users reading the
 * notices sent to their customer.
 */
package eu.dsrportal.breach.application;
