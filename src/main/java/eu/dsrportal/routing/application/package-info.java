/**
 * Use cases of routing: the staff's inbox, forwarding and closing (RequestRouting), the customer's
 * view and acknowledgement (CustomerRequests), the subject's status page (SubjectStatus), the
 * forward's mails.
 */
package eu.dsrportal.routing.application;
