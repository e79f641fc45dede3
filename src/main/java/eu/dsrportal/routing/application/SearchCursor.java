package eu.dsrportal.routing.application;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of a request list starts: keyset paging on (received_at, id), or (next_due_at, id)
 * in deadline order ({@code receivedAt} then holds the deadline, null for a request without one),
 * never OFFSET, so a page deep in a million requests costs the same as the first. {@code after}
 * means the rows following the key in the list's order ("Next"), otherwise those preceding it
 * ("Previous"). The cursor names its order: a cursor of one order is refused in the other.
 *
 * <p>Sent to browsers and API clients as an opaque URL-safe token ({@link #encode}); a token that
 * is not one of ours is a {@link DomainRuleViolation} with key {@code search.error.cursor}.
 */
public record SearchCursor(SortOrder sort, boolean after, Instant receivedAt, long id) {
  private static final Pattern FORMAT =
      Pattern.compile("([NOD])([AB])(?:(-?\\d{1,19})\\.(\\d{1,9})|X)\\.(\\d{1,19})");
  private static final int MAX_TOKEN_LENGTH = 100;

  public SearchCursor {
    Objects.requireNonNull(sort);
    if (sort != SortOrder.DEADLINE) {
      Objects.requireNonNull(receivedAt);
    }
  }

  public String encode() {
    String plain =
        switch (sort) {
              case NEWEST_FIRST -> "N";
              case OLDEST_FIRST -> "O";
              case DEADLINE -> "D";
            }
            + (after ? "A" : "B")
            + (receivedAt == null ? "X" : receivedAt.getEpochSecond() + "." + receivedAt.getNano())
            + "."
            + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  /** The cursor a token spells; null for a null or blank token (the first page). */
  public static SearchCursor decode(String token, SortOrder expected) {
    if (token == null || token.isBlank()) {
      return null;
    }
    try {
      if (token.length() > MAX_TOKEN_LENGTH) {
        throw new IllegalArgumentException("too long");
      }
      String plain =
          new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.US_ASCII);
      Matcher m = FORMAT.matcher(plain);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a cursor");
      }
      SortOrder sort =
          switch (m.group(1)) {
            case "N" -> SortOrder.NEWEST_FIRST;
            case "O" -> SortOrder.OLDEST_FIRST;
            default -> SortOrder.DEADLINE;
          };
      if (sort != expected) {
        throw new IllegalArgumentException("another order's cursor");
      }
      if (m.group(3) == null && sort != SortOrder.DEADLINE) {
        throw new IllegalArgumentException("no key");
      }
      return new SearchCursor(
          sort,
          m.group(2).equals("A"),
          m.group(3) == null
              ? null
              : Instant.ofEpochSecond(Long.parseLong(m.group(3)), Long.parseLong(m.group(4))),
          Long.parseLong(m.group(5)));
    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
      throw new DomainRuleViolation("search.error.cursor");
    }
  }

  /** Whether the rows are read from the index backwards (newest first, or going back in oldest). */
  boolean descending() {
    return (sort == SortOrder.NEWEST_FIRST) == after;
  }
}
