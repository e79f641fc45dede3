package eu.dsrportal.mail.application;

import eu.dsrportal.mail.domain.DeliveryFailure;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.lang.reflect.Method;

/**
 * What may be logged of a failed delivery: the SMTP reply code and the kind of failure, never the
 * exception's message, which names recipients (personal data, rule 7).
 */
public final class MailFailure {
  private MailFailure() {}

  public static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Integer code = replyCode(t);
      if (code != null) {
        return "SMTP reply " + code + " (" + t.getClass().getSimpleName() + ")";
      }
    }
    return failure.getClass().getSimpleName()
        + (failure.getCause() == null
            ? ""
            : " caused by " + failure.getCause().getClass().getSimpleName());
  }

  /**
   * What staff see of a failure on the outbox page (stored, never logged): the server's reply when
   * it gave one (which may name the recipient), otherwise the kind of failure.
   */
  public static String forStaff(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (replyCode(t) != null && t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage().strip();
      }
    }
    return describe(failure);
  }

  /**
   * How the outbox treats a failure: a 5xx reply or an unparsable address is permanent; a reply of
   * 421 (the server closes the connection), a lost connection, a timeout or a refused connection
   * mean the server is unavailable; any other reply (4xx) or unclear failure is transient.
   */
  public static DeliveryFailure classify(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Integer code = replyCode(t);
      if (code != null) {
        if (code == 421) {
          return DeliveryFailure.SERVER_UNAVAILABLE;
        }
        return code >= 500 && code < 600 ? DeliveryFailure.PERMANENT : DeliveryFailure.TRANSIENT;
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AddressException) {
        return DeliveryFailure.PERMANENT;
      }
      if (t instanceof IOException
          || t.getClass().getSimpleName().equals("MailConnectException")
          || t instanceof IllegalStateException) {
        return DeliveryFailure.SERVER_UNAVAILABLE;
      }
    }
    return DeliveryFailure.TRANSIENT;
  }

  /**
   * The SMTP exceptions of Jakarta Mail's implementation (SMTPSendFailedException and the address
   * failures) carry {@code getReturnCode()}; read by name so as not to depend on the
   * implementation's package, which the server provides.
   */
  private static Integer replyCode(Throwable t) {
    try {
      Method method = t.getClass().getMethod("getReturnCode");
      Object code = method.invoke(t);
      return code instanceof Integer number && number > 0 ? number : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
