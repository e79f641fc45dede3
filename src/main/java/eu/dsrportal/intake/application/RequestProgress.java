package eu.dsrportal.intake.application;

import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RoutingEnded;
import eu.dsrportal.intake.domain.RoutingProgressed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place a request's public status follows routing: observed synchronously, in the
 * transaction of the forward, the acknowledgement, or the end of a forwarding.
 */
@ApplicationScoped
public class RequestProgress {

  @PersistenceContext EntityManager em;

  void on(@Observes RoutingProgressed progress) {
    em.find(Request.class, progress.requestId()).followRouting(progress.reached());
  }

  void on(@Observes RoutingEnded ended) {
    em.find(Request.class, ended.requestId())
        .followRoutingEnded(ended.customerReason(), ended.at());
  }
}
