package eu.dsrportal.routing.application;

/** The order of a request list, by the day and time the request reached the provider. */
public enum SortOrder {
  NEWEST_FIRST,
  OLDEST_FIRST
}
