/**
 * Backing beans of the assistance pages: the customer's and the staff's task lists and task pages,
 * the inbox's "instructions waiting", and the assistance block of the request pages.
 */
package eu.dsrportal.assistance.web;
