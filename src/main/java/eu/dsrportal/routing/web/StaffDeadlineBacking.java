package eu.dsrportal.routing.web;

import eu.dsrportal.routing.application.StaffAnswerDeadline;
import eu.dsrportal.shared.domain.ProviderTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The customer's art. 12(3) deadline on the staff request page (its own block, {@code
 * /WEB-INF/includes/staff-answer-deadline.xhtml}), from what the page has loaded: the request, its
 * active forwarding and that forwarding's customer. Computed on each rendering, so it follows an
 * action on the page (a forward, a closing).
 */
@Named
@RequestScoped
public class StaffDeadlineBacking {

  @Inject StaffRequestBacking page;
  @Inject ProviderTime time;

  /** Null before the page has its request. */
  public StaffAnswerDeadline getDeadline() {
    return page.getRequest() == null
        ? null
        : StaffAnswerDeadline.of(
            page.getRequest(), page.getForwarding(), page.getForwardedTo(), time.zone());
  }
}
