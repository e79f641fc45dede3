package eu.dsrportal.routing.application;

/**
 * The order of a request list: by the day and time the request reached the provider, or by its next
 * deadline (soonest first, requests without one last; see docs/service-clock.md).
 */
public enum SortOrder {
  NEWEST_FIRST,
  OLDEST_FIRST,
  DEADLINE
}
