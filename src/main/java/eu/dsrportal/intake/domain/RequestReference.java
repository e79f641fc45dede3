package eu.dsrportal.intake.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference a data subject quotes: {@code DSR-<year>-<number>}, the number at least six digits.
 * The number comes from one database sequence, so it is unique across instances and years.
 */
public final class RequestReference {
  public static final int LENGTH = 20;
  private static final Pattern FORMAT = Pattern.compile("DSR-\\d{4}-\\d{6,13}");

  private final String value;

  private RequestReference(String value) {
    this.value = value;
  }

  public static RequestReference of(int year, long number) {
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (number < 1) {
      throw new IllegalArgumentException("number must be positive: " + number);
    }
    String digits = Long.toString(number);
    StringBuilder text = new StringBuilder(LENGTH).append("DSR-").append(year).append('-');
    for (int i = digits.length(); i < 6; i++) {
      text.append('0');
    }
    return new RequestReference(text.append(digits).toString());
  }

  public static RequestReference parse(String text) {
    if (text == null || !FORMAT.matcher(text.trim()).matches()) {
      throw new IllegalArgumentException("not a request reference");
    }
    return new RequestReference(text.trim());
  }

  /** The reference a text spells, if it spells one. */
  public static Optional<RequestReference> tryParse(String text) {
    return text == null || !FORMAT.matcher(text.trim()).matches()
        ? Optional.empty()
        : Optional.of(new RequestReference(text.trim()));
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestReference r && r.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
