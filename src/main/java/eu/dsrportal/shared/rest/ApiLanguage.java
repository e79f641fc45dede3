package eu.dsrportal.shared.rest;

import eu.dsrportal.shared.domain.Language;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The language of an API answer's texts (problem titles, details and field messages): the first
 * language of the caller's {@code Accept-Language} that the portal speaks, else English, the
 * language of the API's documentation.
 */
public final class ApiLanguage {
  public static final Language DEFAULT = Language.EN;

  /** Bean Validation's own, to word each message again in the caller's language. */
  private static final MessageInterpolator MESSAGES =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  private ApiLanguage() {}

  /** Chosen from the languages the caller accepts, best first (JAX-RS sorts them by quality). */
  public static Language of(List<Locale> acceptable) {
    if (acceptable != null) {
      for (Locale locale : acceptable) {
        var spoken = Language.fromTag(locale.getLanguage());
        if (spoken.isPresent()) {
          return spoken.get();
        }
      }
    }
    return DEFAULT;
  }

  /** The language of the caller whose headers these are. */
  public static Language of(HttpHeaders headers) {
    return of(headers.getAcceptableLanguages());
  }

  /** A Bean Validation message worded again in the language (the validator used the server's). */
  public static String message(ConstraintViolation<?> violation, Language language) {
    try {
      return MESSAGES.interpolate(
          violation.getMessageTemplate(), new Violated(violation), language.locale());
    } catch (RuntimeException e) {
      return violation.getMessage(); // in the server's language, rather than none
    }
  }

  /** What the interpolator needs to know of a violation (its constraint's attributes). */
  private record Violated(ConstraintViolation<?> violation) implements MessageInterpolator.Context {
    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return violation.getConstraintDescriptor();
    }

    @Override
    public Object getValidatedValue() {
      return violation.getInvalidValue();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new jakarta.validation.ValidationException("cannot unwrap to " + type);
    }
  }
}
