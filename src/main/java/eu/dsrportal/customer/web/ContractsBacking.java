package eu.dsrportal.customer.web;

import eu.dsrportal.customer.application.ContractAdministration;
import eu.dsrportal.customer.application.ContractAdministration.Overview;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Billing staff's list of customers with the contract version in force today and the next one. */
@Named
@ViewScoped
public class ContractsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ContractAdministration contracts;

  private List<Overview> rows;

  public void load() {
    rows = contracts.overview();
  }

  public List<Overview> getRows() {
    return rows;
  }
}
