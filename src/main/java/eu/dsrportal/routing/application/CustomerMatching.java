package eu.dsrportal.routing.application;

import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.routing.domain.CustomerSuggestions;
import eu.dsrportal.routing.domain.CustomerSuggestions.Candidate;
import eu.dsrportal.routing.domain.CustomerSuggestions.Query;
import eu.dsrportal.routing.domain.Forwarding;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.domain.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which active customers a request is likely for ({@link CustomerSuggestions}), from what the
 * request says or from what staff type; ended customers are never suggested.
 */
@Stateless
@RolesAllowed({RoleNames.SUPPORT, RoleNames.ADMIN})
public class CustomerMatching {

  @PersistenceContext EntityManager em;
  @Inject CustomerDirectory directory;
  @Inject ProviderTime time;

  /**
   * For the request: its organisation, its subject's e-mail domain, the service it names. Not the
   * customer that has it now, nor one that gave it back as "not ours": forwarding to them again is
   * not a suggestion (the search still finds them).
   */
  public List<SuggestedCustomer> suggest(long requestId, int limit) {
    Request request = em.find(Request.class, requestId);
    if (request == null) {
      throw new NotFoundException("request");
    }
    Set<Long> ruledOut =
        em.createNamedQuery(Forwarding.OF_REQUEST, Forwarding.class)
            .setParameter("requestId", requestId)
            .getResultStream()
            .filter(f -> f.isActive() || f.getReturnedAt() != null)
            .map(Forwarding::getCustomerId)
            .collect(Collectors.toSet());
    return rank(
            new Query(
                request.getOrganisation(), request.getSubjectEmail(), request.getServiceUsed()),
            limit + ruledOut.size())
        .stream()
        .filter(s -> !ruledOut.contains(s.customer().getId()))
        .limit(limit)
        .toList();
  }

  /**
   * For what staff typed: taken as an organisation and as a service; an e-mail address or a domain
   * ("@shopacme.example") also as the subject's e-mail.
   */
  public List<SuggestedCustomer> search(String text, int limit) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String typed = text.strip();
    String email = typed.contains("@") ? typed : typed.contains(".") ? "x@" + typed : null;
    return rank(new Query(typed, email, typed), limit);
  }

  private List<SuggestedCustomer> rank(Query query, int limit) {
    List<Customer> active = directory.active(time.today());
    Map<Long, Customer> byId =
        active.stream().collect(Collectors.toMap(Customer::getId, Function.identity()));
    List<Candidate> candidates =
        active.stream()
            .map(
                c ->
                    new Candidate(
                        c.getId(),
                        c.getName(),
                        c.getAliases(),
                        c.getEmailDomains(),
                        c.getServices()))
            .toList();
    return CustomerSuggestions.rank(query, candidates, limit).stream()
        .map(s -> new SuggestedCustomer(byId.get(s.customerId()), s.score(), s.reasons()))
        .toList();
  }
}
