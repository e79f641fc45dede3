/** The append-only trail of who saw and did what (Annex B, registration of events). */
package eu.dsrportal.audit;
