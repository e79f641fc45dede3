package eu.dsrportal.billing.domain;

/**
 * The Belgian structured payment reference ("gestructureerde mededeling", "communication
 * structurée"): ten digits and two check digits, their remainder modulo 97 (97 when it is 0), shown
 * as {@code +++123/4567/89012+++}. Banks check the digits, so a payment carries the invoice it pays
 * for without typing errors.
 */
public final class PaymentReference {
  private static final long LIMIT = 10_000_000_000L;

  private PaymentReference() {}

  /**
   * The reference for {@code number} (0 to 9,999,999,999), e.g. 1234567890 → +++123/4567/89002+++.
   */
  public static String structured(long number) {
    if (number < 0 || number >= LIMIT) {
      throw new IllegalArgumentException("A structured reference holds ten digits: " + number);
    }
    long check = number % 97;
    String digits = String.format("%010d%02d", number, check == 0 ? 97 : check);
    return "+++"
        + digits.substring(0, 3)
        + "/"
        + digits.substring(3, 7)
        + "/"
        + digits.substring(7)
        + "+++";
  }

  /** Whether {@code reference} is a structured reference with correct check digits. */
  public static boolean isValid(String reference) {
    if (reference == null
        || !reference.matches(
            "\\+\\+\\+\\d{3}/\\d{4}/\\d{5}\\+\\+\\+|\\*\\*\\*\\d{3}/\\d{4}/\\d{5}\\*\\*\\*")) {
      return false;
    }
    String digits = reference.replaceAll("\\D", "");
    long number = Long.parseLong(digits.substring(0, 10));
    return structured(number).replaceAll("\\D", "").equals(digits);
  }
}
