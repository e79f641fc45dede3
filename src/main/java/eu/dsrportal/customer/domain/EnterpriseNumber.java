package eu.dsrportal.customer.domain;

import eu.dsrportal.shared.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A company's number in its register: Belgian KBO/BCE (10 digits, starting with 0 or 1, the last
 * two being 97 minus the first eight modulo 97; shown as 0123.456.749) or Dutch KvK (8 digits).
 * Typed with or without dots, spaces or a "BE" prefix; stored as digits only.
 */
@Embeddable
public class EnterpriseNumber implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int TYPED_LENGTH = 20;

  @Enumerated(EnumType.STRING)
  @Column(name = "enterprise_register", length = 3)
  private EnterpriseRegister register;

  @Column(name = "enterprise_number", length = 10)
  private String digits;

  protected EnterpriseNumber() {}

  private EnterpriseNumber(EnterpriseRegister register, String digits) {
    this.register = register;
    this.digits = digits;
  }

  /** The number typed, if it is a valid one of that register. */
  public static Optional<EnterpriseNumber> parse(EnterpriseRegister register, String typed) {
    if (register == null || typed == null) {
      return Optional.empty();
    }
    String plain = typed.strip().toUpperCase(java.util.Locale.ROOT);
    if (register == EnterpriseRegister.KBO && plain.startsWith("BE")) {
      plain = plain.substring(2);
    }
    if (!plain.matches("[0-9 .]+")) {
      return Optional.empty();
    }
    String digits = plain.replaceAll("[ .]", "");
    boolean valid =
        switch (register) {
          case KBO -> digits.matches("[01][0-9]{9}") && kboCheckDigitsMatch(digits);
          case KVK -> digits.matches("[0-9]{8}");
        };
    return valid ? Optional.of(new EnterpriseNumber(register, digits)) : Optional.empty();
  }

  /** The number typed; a rule violation ({@code customer.enterpriseNumber.invalid}) if invalid. */
  public static EnterpriseNumber of(EnterpriseRegister register, String typed) {
    return parse(register, typed)
        .orElseThrow(() -> new DomainRuleViolation("customer.enterpriseNumber.invalid"));
  }

  public static boolean isValid(EnterpriseRegister register, String typed) {
    return parse(register, typed).isPresent();
  }

  private static boolean kboCheckDigitsMatch(String digits) {
    long base = Long.parseLong(digits.substring(0, 8));
    int check = Integer.parseInt(digits.substring(8));
    return 97 - (base % 97) == check;
  }

  public EnterpriseRegister register() {
    return register;
  }

  /** Digits only, as stored and searched. */
  public String digits() {
    return digits;
  }

  /** As people write it: 0123.456.749 for KBO, 12345678 for KvK. */
  public String formatted() {
    if (register == EnterpriseRegister.KBO) {
      return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }
    return digits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnterpriseNumber other
        && register == other.register
        && Objects.equals(digits, other.digits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(register, digits);
  }

  @Override
  public String toString() {
    return register + " " + formatted();
  }
}
