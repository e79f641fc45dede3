package eu.dsrportal.billing.application;

import eu.dsrportal.billing.domain.InvoiceDocument;
import jakarta.enterprise.context.ApplicationScoped;

/** Placeholder until the configured seller lands: the provider's own details on its invoices. */
@ApplicationScoped
public class Seller {

  public InvoiceDocument.Party party() {
    return new InvoiceDocument.Party(
        "DSR Portal Services BV",
        "Kunstlaan 1",
        "1000",
        "Brussel",
        "BE",
        "BE0417497106",
        "0417497106",
        "0208",
        "0417497106",
        "billing@dsrportal.example");
  }

  public String iban() {
    return "BE68539007547034";
  }

  public String bic() {
    return "GEBABEBB";
  }
}
