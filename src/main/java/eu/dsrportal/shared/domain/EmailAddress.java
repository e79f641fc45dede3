package eu.dsrportal.shared.domain;

/** What the portal accepts as an e-mail address: something@domain.tld, no spaces. */
public final class EmailAddress {
  public static final String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  private EmailAddress() {}

  public static boolean isValid(String text) {
    return text != null && text.matches(PATTERN);
  }
}
