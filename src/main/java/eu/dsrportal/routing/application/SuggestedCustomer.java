package eu.dsrportal.routing.application;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.routing.domain.CustomerSuggestions.Reason;
import java.io.Serializable;
import java.util.Set;

/** A customer suggested for a request, how likely (higher is likelier) and why. */
public record SuggestedCustomer(Customer customer, double score, Set<Reason> reasons)
    implements Serializable {

  /** The reasons in a fixed order (name, alias, e-mail domain, service), for pages and APIs. */
  public java.util.List<Reason> orderedReasons() {
    return reasons.stream().sorted().toList();
  }
}
