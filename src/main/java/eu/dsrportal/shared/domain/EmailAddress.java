package eu.dsrportal.shared.domain;

/**
 * What the portal accepts as an e-mail address: something@domain.tld, no spaces, nothing a {@link
 * PlainText} refuses.
 */
public final class EmailAddress {
  public static final String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  private EmailAddress() {}

  public static boolean isValid(String text) {
    return text != null && text.matches(PATTERN) && PlainText.Check.isPlain(text, false);
  }
}
