package eu.dsrportal.routing.web;

import eu.dsrportal.routing.application.ServiceClockPanel;
import eu.dsrportal.routing.application.ServiceClockQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * Our own clock on the staff request page (WEB-INF/includes/service-clock.xhtml): read once per
 * HTTP request, so that it shows the state after an action on the page (a forward).
 */
@Named
@RequestScoped
public class ServiceClockBacking {

  @Inject ServiceClockQueries queries;

  private final Map<Long, ServiceClockPanel> panels = new HashMap<>();

  public ServiceClockPanel of(Long requestId) {
    return requestId == null ? null : panels.computeIfAbsent(requestId, queries::panel);
  }
}
