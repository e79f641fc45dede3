package eu.dsrportal.routing.application;

import eu.dsrportal.routing.domain.RequestReminder;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Our own clock on one request, as the staff request page shows it (docs/service-clock.md).
 *
 * @param forwardDue by when it must be forwarded (from the time it entered the inbox)
 * @param forwardedAt when its active forwarding was made, or null
 * @param acknowledgementDue by when its customer should acknowledge it, or null (not forwarded)
 * @param acknowledgedAt when the customer acknowledged it, or null
 * @param escalationAt when an unacknowledged forward is escalated, or null
 * @param sent the reminders, escalations and notices sent about it, oldest first
 */
public record ServiceClockPanel(
    Instant forwardDue,
    Instant forwardedAt,
    Instant acknowledgementDue,
    Instant acknowledgedAt,
    Instant escalationAt,
    List<RequestReminder> sent)
    implements Serializable {}
