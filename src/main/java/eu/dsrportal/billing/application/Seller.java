package eu.dsrportal.billing.application;

import eu.dsrportal.billing.domain.InvoiceDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider as the seller on its invoices (EN 16931 BG-4): name, address, VAT number, enterprise
 * number, Peppol participant and the account customers pay into, all from configuration ({@code
 * billing.seller.*}; in production from the environment, e.g. {@code BILLING_SELLER_IBAN}).
 */
@ApplicationScoped
public class Seller {

  @Inject
  @ConfigProperty(name = "billing.seller.name")
  String name;

  @Inject
  @ConfigProperty(name = "billing.seller.street")
  String street;

  @Inject
  @ConfigProperty(name = "billing.seller.postal-code")
  String postalCode;

  @Inject
  @ConfigProperty(name = "billing.seller.city")
  String city;

  /** ISO 3166-1 alpha-2, e.g. BE. */
  @Inject
  @ConfigProperty(name = "billing.seller.country")
  String country;

  /** With its country prefix, e.g. BE0812345603. */
  @Inject
  @ConfigProperty(name = "billing.seller.vat-number")
  String vatNumber;

  /** The legal registration (Belgian enterprise number, KBO/BCE), e.g. 0812345603. */
  @Inject
  @ConfigProperty(name = "billing.seller.company-id")
  String companyId;

  /** The Peppol participant's scheme (EAS): 0208 for a Belgian enterprise number. */
  @Inject
  @ConfigProperty(name = "billing.seller.peppol-scheme")
  String peppolScheme;

  @Inject
  @ConfigProperty(name = "billing.seller.peppol-id")
  String peppolId;

  @Inject
  @ConfigProperty(name = "billing.seller.email")
  String email;

  @Inject
  @ConfigProperty(name = "billing.seller.iban")
  String iban;

  @Inject
  @ConfigProperty(name = "billing.seller.bic")
  String bic;

  /** The seller as the invoice documents carry it. */
  public InvoiceDocument.Party party() {
    return new InvoiceDocument.Party(
        name,
        street,
        postalCode,
        city,
        country,
        compact(vatNumber),
        compact(companyId),
        peppolScheme,
        compact(peppolId),
        email);
  }

  /** The account customers pay into, without spaces. */
  public String iban() {
    return compact(iban);
  }

  public String bic() {
    return compact(bic);
  }

  /** Identifiers as people write them ("BE 0812.345.603") in the form the rules expect. */
  private static String compact(String identifier) {
    return identifier == null ? null : identifier.replaceAll("[\\s.]", "");
  }
}
