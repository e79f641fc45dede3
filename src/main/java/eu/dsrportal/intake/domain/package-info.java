/**
 * The request (aggregate) and what it is made of: reference, subject details, channel, origin,
 * authority demand, attachments, status.
 */
package eu.dsrportal.intake.domain;
