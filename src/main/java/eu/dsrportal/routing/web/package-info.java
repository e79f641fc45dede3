/**
 * Backing beans of the staff's inbox and request page, the customer's request list and request
 * page, the subject's status page.
 */
package eu.dsrportal.routing.web;
