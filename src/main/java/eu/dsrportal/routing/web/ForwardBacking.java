package eu.dsrportal.routing.web;

import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.routing.application.CustomerMatching;
import eu.dsrportal.routing.application.RequestRouting;
import eu.dsrportal.routing.application.SuggestedCustomer;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Forwarding from the staff request page: the ranked suggestions with why, a search over all active
 * customers, then the chosen customer's primary privacy contact and address, and one confirmation
 * before the request (personal data) goes out. Only a customer shown on this page can be chosen.
 */
@Named
@ViewScoped
public class ForwardBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SUGGESTIONS = 5;
  static final int RESULTS = 10;

  @Inject CustomerMatching matching;
  @Inject RequestRouting routing;
  @Inject StaffRequestBacking page;

  private List<SuggestedCustomer> suggestions;
  private String search;
  private List<SuggestedCustomer> results;
  private SuggestedCustomer chosen;

  public List<SuggestedCustomer> getSuggestions() {
    if (suggestions == null) {
      suggestions = page.getId() == null ? List.of() : matching.suggest(page.getId(), SUGGESTIONS);
    }
    return suggestions;
  }

  public void search() {
    results = matching.search(search, RESULTS);
    chosen = null;
  }

  /** Shows where the data would go; nothing is sent yet. */
  public void choose(long customerId) {
    chosen =
        Stream.concat(
                getSuggestions().stream(),
                Optional.ofNullable(results).stream().flatMap(List::stream))
            .filter(s -> s.customer().getId() == customerId)
            .findFirst()
            .orElse(null);
    if (chosen == null) {
      Messages.error("action.error.unavailable");
    }
  }

  public void cancel() {
    chosen = null;
  }

  /** The one confirmation: forwards to the customer chosen on this page. */
  public void confirm() {
    if (!page.isForwardable() || chosen == null) {
      Messages.error("action.error.unavailable");
      return;
    }
    Customer customer = chosen.customer();
    try {
      routing.forward(page.getId(), customer.getId());
    } catch (DomainRuleViolation e) {
      Messages.error(e.messageKey());
      return;
    } catch (NotFoundException e) {
      Messages.error("action.error.unavailable");
      return;
    }
    Messages.info("forward.done", customer.getName());
    // the page shows the request as it is now; not a new viewing (no redirect, no second entry)
    page.refresh();
    suggestions = null;
    results = null;
    chosen = null;
    search = null;
  }

  /** "Forward to Acme Retail NV — privacy@acme.example": what the confirm button says. */
  public String getConfirmLabel() {
    return chosen == null
        ? ""
        : Messages.text(
            "forward.confirm",
            chosen.customer().getName(),
            chosen.customer().getPrivacyContactEmail());
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  /** The search's results; null before searching. */
  public List<SuggestedCustomer> getResults() {
    return results;
  }

  public SuggestedCustomer getChosen() {
    return chosen;
  }
}
