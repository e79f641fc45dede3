package eu.dsrportal.shared.domain;

import java.time.ZoneId;

/** The provider's time zone: dates users see and calendar deadlines are in it. */
public final class ProviderTime {
  public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  private ProviderTime() {}
}
