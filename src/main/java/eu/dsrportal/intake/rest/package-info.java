/** The intake API (POST /api/v1/requests) and the proof-of-work challenge for the form. */
package eu.dsrportal.intake.rest;
