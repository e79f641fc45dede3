package eu.dsrportal.routing.application;

import eu.dsrportal.customer.domain.ServiceLevelsChanged;
import eu.dsrportal.intake.domain.RequestClosed;
import eu.dsrportal.intake.domain.RequestReceived;
import eu.dsrportal.intake.domain.RequestReopened;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.intake.domain.RequestVerified;
import eu.dsrportal.intake.domain.RoutingEnded;
import eu.dsrportal.intake.domain.RoutingProgressed;
import eu.dsrportal.routing.domain.AnswerPeriodExtended;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Every step that moves a request's clock, observed in its own transaction, counts the request's
 * next deadline again: received, verified, forwarded (a re-forward first ends the earlier one),
 * acknowledged, given back, withdrawn, closed, reopened, extended; and a customer's new service
 * levels. Observed after the other observers ({@link #LATE}), so that the state they move (the
 * request's status, a forwarding withdrawn on closing) is the state counted.
 */
@ApplicationScoped
public class DeadlineFollowUp {
  static final int LATE = Interceptor.Priority.APPLICATION + 900;

  @Inject DeadlineKeeper keeper;

  void on(@Observes @Priority(LATE) RequestReceived event) {
    // A request waiting for its subject's confirmation runs on no clock, and a new one has no row
    // yet: nothing to count (its confirmation, RequestVerified, starts the clock). This spares
    // the public intake four queries per request.
    if (event.request().getStatus() == RequestStatus.UNVERIFIED) {
      return;
    }
    keeper.recompute(event.request().getId());
  }

  void on(@Observes @Priority(LATE) RequestVerified event) {
    keeper.recompute(event.requestId());
  }

  void on(@Observes @Priority(LATE) RoutingProgressed event) {
    keeper.recompute(event.requestId());
  }

  void on(@Observes @Priority(LATE) RoutingEnded event) {
    keeper.recompute(event.requestId());
  }

  void on(@Observes @Priority(LATE) RequestClosed event) {
    keeper.recompute(event.request().getId());
  }

  void on(@Observes @Priority(LATE) RequestReopened event) {
    keeper.recompute(event.requestId());
  }

  void on(@Observes @Priority(LATE) AnswerPeriodExtended event) {
    keeper.recompute(event.requestId());
  }

  void on(@Observes @Priority(LATE) ServiceLevelsChanged event) {
    keeper.recomputeCustomer(event.customerId());
  }
}
