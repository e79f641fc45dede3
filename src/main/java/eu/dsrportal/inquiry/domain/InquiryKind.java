package eu.dsrportal.inquiry.domain;

/** What the customer asks for, and so which period applies (see {@link InquiryClock}). */
public enum InquiryKind {
  /** Art. 8.5: the information showing the provider meets its GDPR art. 28 duties. */
  AUDIT_INFORMATION,
  /** Art. 11.3: the current list of sub-processors. */
  SUBPROCESSOR_LIST
}
