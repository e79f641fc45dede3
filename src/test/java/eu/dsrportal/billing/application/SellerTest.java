package eu.dsrportal.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.billing.domain.InvoiceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SellerTest {

  @Test
  void identifiersAreWrittenWithoutTheSpacesAndDotsPeopleTypeInThem() {
    Seller seller = new Seller();
    seller.name = "Provider BV";
    seller.street = "Kunstlaan 10";
    seller.postalCode = "1000";
    seller.city = "Brussel";
    seller.country = "BE";
    seller.vatNumber = "BE 0812.345.603";
    seller.companyId = "0812.345.603";
    seller.peppolScheme = "0208";
    seller.peppolId = "0812 345 603";
    seller.email = "billing@provider.example";
    seller.iban = "BE83 3630 1234 5615";
    seller.bic = "BBRUBEBB";

    InvoiceDocument.Party party = seller.party();

    assertThat(party.vatNumber()).isEqualTo("BE0812345603");
    assertThat(party.companyId()).isEqualTo("0812345603");
    assertThat(party.endpointScheme()).isEqualTo("0208");
    assertThat(party.endpointId()).isEqualTo("0812345603");
    assertThat(party.countryCode()).isEqualTo("BE");
    assertThat(seller.iban()).isEqualTo("BE83363012345615");
    assertThat(seller.bic()).isEqualTo("BBRUBEBB");
  }

  /** The Peppol rules check the enterprise number; banks check the IBAN. */
  @Test
  void theDevelopmentDefaultsCarryValidCheckDigits() throws IOException {
    Properties defaults = new Properties();
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    }
    String enterprise = defaults.getProperty("billing.seller.company-id");
    assertThat(enterprise).matches("0\\d{9}");
    long first8 = Long.parseLong(enterprise.substring(0, 8));
    assertThat(Long.parseLong(enterprise.substring(8))).isEqualTo(97 - first8 % 97);
    assertThat(defaults.getProperty("billing.seller.vat-number")).isEqualTo("BE" + enterprise);
    assertThat(defaults.getProperty("billing.seller.peppol-id")).isEqualTo(enterprise);
    assertThat(defaults.getProperty("billing.seller.peppol-scheme")).isEqualTo("0208");

    String iban = defaults.getProperty("billing.seller.iban");
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    rearranged.chars().forEach(c -> digits.append(Character.getNumericValue(c)));
    assertThat(new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)))
        .isEqualTo(BigInteger.ONE);
  }
}
