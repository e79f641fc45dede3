package eu.dsrportal.customer.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A VAT identification number of an EU member state, as the buyer's on an invoice: the country
 * prefix (EL for Greece) and the national number. Belgian ones are BE + an enterprise number (10
 * digits, starting with 0 or 1, modulo-97 check digits); Dutch ones NL + 9 digits + B + 2 digits;
 * other member states' are checked against their published format only (the check digits are not
 * computed: VIES is the authority). Typed with or without spaces and dots, in any case; kept in
 * upper case without them, e.g. BE0123456749.
 */
public record VatNumber(String value) {
  public static final int TYPED_LENGTH = 30;

  private static final Map<String, String> FORMATS =
      Map.ofEntries(
          Map.entry("AT", "U[0-9]{8}"),
          Map.entry("BE", "[01][0-9]{9}"),
          Map.entry("BG", "[0-9]{9,10}"),
          Map.entry("CY", "[0-9]{8}[A-Z]"),
          Map.entry("CZ", "[0-9]{8,10}"),
          Map.entry("DE", "[0-9]{9}"),
          Map.entry("DK", "[0-9]{8}"),
          Map.entry("EE", "[0-9]{9}"),
          Map.entry("EL", "[0-9]{9}"),
          Map.entry("ES", "[0-9A-Z][0-9]{7}[0-9A-Z]"),
          Map.entry("FI", "[0-9]{8}"),
          Map.entry("FR", "[0-9A-HJ-NP-Z]{2}[0-9]{9}"),
          Map.entry("HR", "[0-9]{11}"),
          Map.entry("HU", "[0-9]{8}"),
          Map.entry("IE", "[0-9][0-9A-Z+*][0-9]{5}[A-W][A-I]?"),
          Map.entry("IT", "[0-9]{11}"),
          Map.entry("LT", "[0-9]{9}|[0-9]{12}"),
          Map.entry("LU", "[0-9]{8}"),
          Map.entry("LV", "[0-9]{11}"),
          Map.entry("MT", "[0-9]{8}"),
          Map.entry("NL", "[0-9]{9}B[0-9]{2}"),
          Map.entry("PL", "[0-9]{10}"),
          Map.entry("PT", "[0-9]{9}"),
          Map.entry("RO", "[1-9][0-9]{1,9}"),
          Map.entry("SE", "[0-9]{10}01"),
          Map.entry("SI", "[0-9]{8}"),
          Map.entry("SK", "[0-9]{10}"));

  /** The number typed, if it is a valid one of an EU member state. */
  public static Optional<VatNumber> parse(String typed) {
    if (typed == null || typed.length() > TYPED_LENGTH) {
      return Optional.empty();
    }
    String plain = typed.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
    if (plain.length() < 4) {
      return Optional.empty();
    }
    String country = plain.substring(0, 2);
    String national = plain.substring(2);
    String format = FORMATS.get(country);
    if (format == null || !national.matches(format)) {
      return Optional.empty();
    }
    if (country.equals("BE")
        && EnterpriseNumber.parse(EnterpriseRegister.KBO, national).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new VatNumber(plain));
  }

  public static boolean isValid(String typed) {
    return parse(typed).isPresent();
  }

  /** The country prefix: BE, NL, DE, ... (EL for Greece). */
  public String country() {
    return value.substring(0, 2);
  }

  /**
   * Whether an invoice to this buyer may be under reverse charge: a VAT number of another member
   * state than Belgium, where the provider is established.
   */
  public boolean allowsReverseCharge() {
    return !country().equals("BE");
  }

  @Override
  public String toString() {
    return value;
  }
}
