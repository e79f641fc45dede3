package eu.dsrportal.customer.domain;

import java.util.Optional;

/**
 * A participant's address on the Peppol network, {@code scheme:identifier}: the scheme is a 4-digit
 * ISO 6523 code (0208 for a Belgian enterprise number, 0106 for a Dutch KvK number, 9925 for a
 * Belgian VAT number, ...), e.g. 0208:0123456749.
 */
public final class PeppolId {
  public static final int LENGTH = 60;
  private static final String PATTERN = "[0-9]{4}:[A-Za-z0-9][A-Za-z0-9._-]{0,49}";

  private PeppolId() {}

  /** The id typed, without spaces, if well-formed. */
  public static Optional<String> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String plain = typed.replaceAll("\\s", "");
    return plain.matches(PATTERN) ? Optional.of(plain) : Optional.empty();
  }

  public static boolean isValid(String typed) {
    return parse(typed).isPresent();
  }

  /** The id that the enterprise number gives, the usual one for a company in BE or NL. */
  public static Optional<String> suggested(EnterpriseNumber number) {
    if (number == null) {
      return Optional.empty();
    }
    String scheme =
        switch (number.register()) {
          case KBO -> "0208";
          case KVK -> "0106";
        };
    return Optional.of(scheme + ":" + number.digits());
  }
}
