package eu.dsrportal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The invalid fields of a form shown again, for its error summary (tag {@code t:errorSummary}):
 * each field's client id (the summary links to it) and its first message, in the order of the form.
 */
@Named
@RequestScoped
public class ErrorSummaryBacking {

  public record FieldError(String clientId, String text) {}

  public List<FieldError> fieldErrors(String formId) {
    FacesContext context = FacesContext.getCurrentInstance();
    String prefix = formId + UINamingContainer.getSeparatorChar(context);
    List<FieldError> errors = new ArrayList<>();
    context
        .getClientIdsWithMessages()
        .forEachRemaining(
            clientId -> {
              if (clientId != null && clientId.startsWith(prefix)) {
                context.getMessageList(clientId).stream()
                    .findFirst()
                    .ifPresent(
                        message -> errors.add(new FieldError(clientId, message.getSummary())));
              }
            });
    return errors;
  }
}
