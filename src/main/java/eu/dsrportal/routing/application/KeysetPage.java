package eu.dsrportal.routing.application;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list read by keyset: its rows in the list's order and the cursor tokens of the
 * pages around it ({@link SearchCursor#encode}), null where there is none. No total: counting a
 * million rows is what keyset paging avoids.
 */
public record KeysetPage<T>(List<T> rows, String next, String previous) implements Serializable {
  public boolean hasNext() {
    return next != null;
  }

  public boolean hasPrevious() {
    return previous != null;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
