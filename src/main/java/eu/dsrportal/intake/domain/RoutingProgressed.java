package eu.dsrportal.intake.domain;

/**
 * Routing tells intake that a request has been forwarded or acknowledged, in the transaction of
 * that step; intake moves the request's public status ({@link Request#followRouting}).
 */
public record RoutingProgressed(long requestId, RequestStatus reached) {
  public RoutingProgressed {
    if (reached != RequestStatus.FORWARDED && reached != RequestStatus.ACKNOWLEDGED) {
      throw new IllegalArgumentException(
          "routing reaches FORWARDED or ACKNOWLEDGED, not " + reached);
    }
  }
}
