package eu.dsrportal.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The customer's postal address; what a staff member checks before personal data goes there. */
@Embeddable
public class Address implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int STREET_LENGTH = 200;
  public static final int POSTAL_CODE_LENGTH = 20;
  public static final int CITY_LENGTH = 100;

  @Column(name = "street", length = STREET_LENGTH)
  private String street;

  @Column(name = "postal_code", length = POSTAL_CODE_LENGTH)
  private String postalCode;

  @Column(name = "city", length = CITY_LENGTH)
  private String city;

  /** ISO 3166 alpha-2, e.g. BE. */
  @Column(name = "country", length = 2)
  private String country;

  protected Address() {}

  public Address(String street, String postalCode, String city, String country) {
    this.street = blankToNull(street);
    this.postalCode = blankToNull(postalCode);
    this.city = blankToNull(city);
    this.country =
        country == null || country.isBlank()
            ? null
            : country.strip().toUpperCase(java.util.Locale.ROOT);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getStreet() {
    return street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCity() {
    return city;
  }

  public String getCountry() {
    return country;
  }

  /** On one line: "Street 1, 2000 Antwerpen, BE"; empty when nothing is known. */
  public String oneLine() {
    String place =
        Stream.of(postalCode, city).filter(Objects::nonNull).collect(Collectors.joining(" "));
    return Stream.of(street, place.isEmpty() ? null : place, country)
        .filter(Objects::nonNull)
        .collect(Collectors.joining(", "));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address other
        && Objects.equals(street, other.street)
        && Objects.equals(postalCode, other.postalCode)
        && Objects.equals(city, other.city)
        && Objects.equals(country, other.country);
  }

  @Override
  public int hashCode() {
    return Objects.hash(street, postalCode, city, country);
  }
}
