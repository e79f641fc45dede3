package eu.dsrportal.customer.web;

import eu.dsrportal.customer.application.CustomerAdministration;
import eu.dsrportal.customer.application.CustomerDetails;
import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.web.Messages;
import eu.dsrportal.shared.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Administrators' customers page: the list, and a form to add a customer or change one. */
@Named
@ViewScoped
public class CustomersBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CustomerAdministration administration;
  @Inject transient CustomerDirectory directory;

  /** The customer being changed; none when adding one. */
  private Long id;

  private CustomerDetails details = new CustomerDetails();
  private List<Customer> customers;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      details = CustomerDetails.of(directory.find(id));
    } catch (NotFoundException e) {
      PageSupport.notFound();
    }
  }

  public String save() {
    if (id == null) {
      administration.create(details);
      Messages.info("customers.created", details.getName().strip());
    } else {
      administration.update(id, details);
      Messages.info("customers.saved", details.getName().strip());
    }
    Messages.keepForRedirect();
    return "/admin/customers?faces-redirect=true";
  }

  public List<Customer> getCustomers() {
    if (customers == null) {
      customers = directory.all();
    }
    return customers;
  }

  public boolean isEditing() {
    return id != null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CustomerDetails getDetails() {
    return details;
  }
}
