package eu.dsrportal.inquiry.domain;

/** Open until the support team answers it. */
public enum InquiryStatus {
  OPEN,
  ANSWERED
}
