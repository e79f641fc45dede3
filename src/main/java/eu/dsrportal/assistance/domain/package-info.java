/**
 * The assistance task (a customer's documented instruction, accepted, done) and its time entries,
 * with their rules.
 */
package eu.dsrportal.assistance.domain;
