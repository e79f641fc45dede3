package eu.dsrportal.mail.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

class MailFailureTest {

  /** Shaped like Jakarta Mail's SMTPAddressFailedException: a reply code and an address. */
  public static class AddressRefused extends MessagingException {
    public AddressRefused(String message) {
      super(message);
    }

    public int getReturnCode() {
      return 550;
    }
  }

  @Test
  void aRefusedAddressIsLoggedByItsReplyCodeWithoutTheAddress() {
    String logged =
        MailFailure.describe(
            new MessagingException(
                "Invalid Addresses", new AddressRefused("550 5.1.1 <jan.peeters@example.org>")));

    assertThat(logged).isEqualTo("SMTP reply 550 (AddressRefused)").doesNotContain("@");
  }

  @Test
  void anyOtherFailureIsLoggedByItsKindOnly() {
    String logged =
        MailFailure.describe(
            new MessagingException(
                "Could not connect for jan.peeters@example.org",
                new java.net.ConnectException("Connection refused")));

    assertThat(logged)
        .isEqualTo("MessagingException caused by ConnectException")
        .doesNotContain("jan");
  }
}
