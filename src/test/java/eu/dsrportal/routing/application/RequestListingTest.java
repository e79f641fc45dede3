package eu.dsrportal.routing.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.routing.application.RequestListing.Position;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestListingTest {

  @Test
  void aCursorHoldsThePositionToTheMicrosecond() {
    Position position = new Position(Instant.parse("2026-12-03T10:15:30.123456Z"), 4711);

    String cursor = position.cursor();

    assertThat(cursor).matches("[A-Za-z0-9_-]+").doesNotContain("4711");
    assertThat(Position.of(cursor)).hasValue(position);
  }

  @Test
  void anythingElseIsNoCursor() {
    assertThat(Position.of("")).isEmpty();
    assertThat(Position.of("not a cursor!")).isEmpty();
    assertThat(Position.of("MTIz")).isEmpty(); // "123": no id
    assertThat(Position.of("YWJjLjE")).isEmpty(); // "abc.1"
    assertThat(Position.of("MTIzLjA")).isEmpty(); // "123.0": no such id
  }
}
