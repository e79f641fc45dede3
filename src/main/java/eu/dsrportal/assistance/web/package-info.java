/**
 * Backing beans of the assistance pages: the customer's instructions on its request page, the
 * staff's tasks and time entries.
 */
package eu.dsrportal.assistance.web;
