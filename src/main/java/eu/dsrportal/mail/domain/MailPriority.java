package eu.dsrportal.mail.domain;

/**
 * The order in which queued mails leave: forwards, reminders and escalations first (a customer's
 * clock runs on them), then everything else, then bulk confirmations, digests and invoices. Set
 * once from the mail's purpose when it is queued.
 */
public enum MailPriority {
  URGENT,
  NORMAL,
  BULK;

  /** The stored value: lower goes first. */
  public int rank() {
    return ordinal();
  }

  public static MailPriority of(String purpose) {
    String p = purpose == null ? "" : purpose.toUpperCase(java.util.Locale.ROOT);
    if (p.startsWith("REQUEST_FORWARDED")
        || p.startsWith("FORWARDING")
        || p.contains("REMINDER")
        || p.contains("ESCALATION")
        || p.contains("OVERDUE")
        || p.equals("BREACH_NOTICE")) {
      return URGENT;
    }
    if (p.equals("REQUEST_RECEIVED") || p.startsWith("DAILY_DIGEST") || p.equals("INVOICE")) {
      return BULK;
    }
    return NORMAL;
  }
}
