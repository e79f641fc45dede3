package eu.dsrportal.customer.application;

/** How the customer list is sorted. */
public enum CustomerOrder {
  NAME("c.name"),
  CITY("c.address.city"),
  CREATED("c.createdAt");

  final String path;

  CustomerOrder(String path) {
    this.path = path;
  }
}
