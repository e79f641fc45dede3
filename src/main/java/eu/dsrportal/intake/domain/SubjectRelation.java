package eu.dsrportal.intake.domain;

/** How the data subject knows the organisation, if they say (it helps to find the customer). */
public enum SubjectRelation {
  EMPLOYEE,
  CUSTOMER,
  SUPPLIER,
  OTHER
}
