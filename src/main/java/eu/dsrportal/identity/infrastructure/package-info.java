/**
 * Jakarta Security wiring: our identity store (throttle, refusal floor, second step), the login
 * throttle, the pending second factor, the dormant-accounts job.
 */
package eu.dsrportal.identity.infrastructure;
