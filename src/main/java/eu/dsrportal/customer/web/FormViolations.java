package eu.dsrportal.customer.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Bean Validation of a whole DTO, its findings as form messages in the page's language, each on the
 * field it concerns: for forms with lists, which JSF cannot validate field by field.
 */
final class FormViolations {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  private FormViolations() {}

  /**
   * Validates {@code dto}; adds a message per violation ({@code clientIdOf} maps a property path to
   * a client id) and says whether there was none.
   */
  static <T> boolean valid(T dto, Function<String, String> clientIdOf) {
    FacesContext context = FacesContext.getCurrentInstance();
    Locale locale = context.getViewRoot().getLocale();
    MessageInterpolator standard = FACTORY.getMessageInterpolator();
    MessageInterpolator inPageLanguage =
        new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context c) {
            return standard.interpolate(template, c, locale);
          }

          @Override
          public String interpolate(String template, Context c, Locale l) {
            return standard.interpolate(template, c, locale);
          }
        };
    Set<ConstraintViolation<T>> violations =
        FACTORY.usingContext().messageInterpolator(inPageLanguage).getValidator().validate(dto);
    for (ConstraintViolation<T> violation : violations) {
      context.addMessage(
          clientIdOf.apply(violation.getPropertyPath().toString()),
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, violation.getMessage(), violation.getMessage()));
    }
    if (!violations.isEmpty()) {
      context.validationFailed();
    }
    return violations.isEmpty();
  }
}
