package eu.dsrportal.routing.rest;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.customer.domain.PrivacyContact;
import eu.dsrportal.routing.application.SuggestedCustomer;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer suggested for a request, as the request page shows it: why, and where a forward would
 * send the personal data (the primary privacy contact and the address).
 */
@Schema(name = "Suggestion")
public record SuggestionView(
    long customerId,
    String name,
    @Schema(description = "Higher is likelier; only the order matters") double score,
    @Schema(description = "NAME, ALIAS, EMAIL_DOMAIN, SERVICE") List<String> reasons,
    String privacyContactName,
    String privacyContactEmail,
    String address) {

  static SuggestionView of(SuggestedCustomer suggested) {
    Customer c = suggested.customer();
    PrivacyContact contact = c.getPrimaryContact();
    return new SuggestionView(
        c.getId(),
        c.getName(),
        Math.round(suggested.score() * 1000) / 1000.0,
        suggested.orderedReasons().stream().map(Enum::name).toList(),
        contact.getName(),
        contact.getEmail(),
        c.getAddress() == null ? null : c.getAddress().oneLine());
  }
}
