/**
 * Adapters of intake: the attachment store on disk, the intake throttle, the proof of work
 * (ALTCHA), the purge of unconfirmed requests.
 */
package eu.dsrportal.intake.infrastructure;
