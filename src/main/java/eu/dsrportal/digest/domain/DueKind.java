package eu.dsrportal.digest.domain;

import java.util.Arrays;
import java.util.Optional;

/** What our own clock waits for on a request (request_deadline.next_due_kind). */
public enum DueKind {
  /** We forward the request to its customer (our SLA). */
  FORWARD,
  /** The customer acknowledges the forwarded request. */
  ACKNOWLEDGE,
  /** The customer answers the data subject. */
  ANSWER;

  /** The kind stored; empty for none or one this version does not know. */
  public static Optional<DueKind> of(String stored) {
    return Arrays.stream(values()).filter(k -> k.name().equals(stored)).findFirst();
  }
}
