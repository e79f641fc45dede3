package eu.dsrportal.customer.web;

import eu.dsrportal.customer.application.CustomerDirectory;
import eu.dsrportal.customer.application.CustomerOrder;
import eu.dsrportal.customer.domain.Customer;
import eu.dsrportal.shared.domain.ProviderTime;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Administrators' customer list: search (name, alias, e-mail domain, enterprise number), sort and
 * paging, all in GET parameters so a list can be bookmarked and the back button works.
 */
@Named
@ViewScoped
public class CustomersBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;

  @Inject transient CustomerDirectory directory;
  @Inject transient ProviderTime time;

  private String q;
  private CustomerOrder sort = CustomerOrder.NAME;
  private boolean desc;
  private int page = 1;

  private List<Customer> customers;
  private long total;

  public void load() {
    total = directory.count(q);
    page = Math.max(1, Math.min(page, getPages()));
    customers = directory.page(q, sort, !desc, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  public List<Customer> getCustomers() {
    return customers;
  }

  public boolean isEnded(Customer customer) {
    return customer.isEndedOn(time.today());
  }

  public String aliasesOf(Customer customer) {
    return String.join(", ", customer.getAliases());
  }

  public String getCountText() {
    return Messages.text("customers.count", total);
  }

  public String getPageOfText() {
    return Messages.text("customers.pageOf", page, getPages());
  }

  public long getTotal() {
    return total;
  }

  public int getPages() {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public CustomerOrder[] getOrders() {
    return CustomerOrder.values();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null || q.isBlank() ? null : q.strip();
  }

  public CustomerOrder getSort() {
    return sort;
  }

  public void setSort(CustomerOrder sort) {
    this.sort = sort == null ? CustomerOrder.NAME : sort;
  }

  public boolean isDesc() {
    return desc;
  }

  public void setDesc(boolean desc) {
    this.desc = desc;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
