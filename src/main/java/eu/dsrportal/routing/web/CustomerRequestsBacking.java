package eu.dsrportal.routing.web;

import eu.dsrportal.routing.application.CustomerRequestView;
import eu.dsrportal.routing.application.CustomerRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The customer's list of requests forwarded to it. */
@Named
@RequestScoped
public class CustomerRequestsBacking {

  @Inject CustomerRequests customerRequests;

  private List<CustomerRequestView> requests;

  public List<CustomerRequestView> getRequests() {
    if (requests == null) {
      requests = customerRequests.list();
    }
    return requests;
  }
}
