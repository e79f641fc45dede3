package eu.dsrportal.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * Error pages, the subject's status page and the confirmation after the form are stateless views
 * (no form, no view state), so showing one creates no session (perf/soak.sh: the confirmation page,
 * shown after every form submission, made one each).
 *
 * <p>Decided when the view is created, not by {@code f:view transient} in the page: PrimeFaces' CSP
 * mode keeps the nonce in the view map of every view not yet transient, before the page is built,
 * and a view map lives in the session.
 */
public class StatelessPages extends ViewHandlerWrapper {
  static final String ERRORS = "/errors/";
  static final List<String> STATELESS =
      List.of(ERRORS, "/intake/status.xhtml", "/intake/confirmation.xhtml");

  public StatelessPages(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot view = super.createView(context, viewId);
    if (view != null && viewId != null && STATELESS.stream().anyMatch(viewId::startsWith)) {
      view.setTransient(true);
    }
    return view;
  }
}
