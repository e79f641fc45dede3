/**
 * The assistance task (a customer's documented instruction and its versions, a staff proposal, the
 * provider's approval beyond the agreement, the estimate, the thread) and the time entries and
 * items on it, with their rules.
 */
package eu.dsrportal.assistance.domain;
