package eu.dsrportal.mail.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.mail.domain.DeliveryFailure;
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

  /** Shaped like Jakarta Mail's SMTPSendFailedException with a given reply code. */
  public static class Refused extends MessagingException {
    private final int code;

    public Refused(int code) {
      super(code + " refused");
      this.code = code;
    }

    public int getReturnCode() {
      return code;
    }
  }

  @Test
  void aFiveHundredReplyOrABadAddressIsPermanent() {
    assertThat(MailFailure.classify(new MessagingException("Invalid Addresses", new Refused(550))))
        .isEqualTo(DeliveryFailure.PERMANENT);
    assertThat(MailFailure.classify(new Refused(554))).isEqualTo(DeliveryFailure.PERMANENT);
    assertThat(
            MailFailure.classify(
                new MessagingException("x", new jakarta.mail.internet.AddressException("bad"))))
        .isEqualTo(DeliveryFailure.PERMANENT);
  }

  @Test
  void aFourHundredReplyIsTransientButFourTwentyOneMeansTheServerIsGoing() {
    assertThat(MailFailure.classify(new Refused(451))).isEqualTo(DeliveryFailure.TRANSIENT);
    assertThat(MailFailure.classify(new Refused(421)))
        .isEqualTo(DeliveryFailure.SERVER_UNAVAILABLE);
  }

  @Test
  void refusedLostOrTimedOutConnectionsMeanTheServerIsUnavailable() {
    assertThat(
            MailFailure.classify(
                new MessagingException("x", new java.net.ConnectException("refused"))))
        .isEqualTo(DeliveryFailure.SERVER_UNAVAILABLE);
    assertThat(
            MailFailure.classify(
                new MessagingException("x", new java.net.SocketTimeoutException("read"))))
        .isEqualTo(DeliveryFailure.SERVER_UNAVAILABLE);
    assertThat(MailFailure.classify(new MessagingException("something odd")))
        .isEqualTo(DeliveryFailure.TRANSIENT);
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
