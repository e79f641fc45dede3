package eu.dsrportal.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import java.util.List;

/**
 * The public request form, the confirmation after it, the subject's status page and the error pages
 * are stateless views, so showing one creates no session (perf/soak.sh: the confirmation page,
 * shown after every form submission, made one each). The form's view state is the word "stateless":
 * a postback builds the view again from the page, so the form never expires, works on any instance
 * of a cluster, and costs no memory between its GET and its POST (perf/form-flow.sh). Its backing
 * bean is request-scoped; what must survive from GET to POST (the submission key) travels in the
 * form.
 *
 * <p>Decided when the view is created, not by {@code f:view transient} in the page: PrimeFaces' CSP
 * mode keeps the nonce in the view map of every view not yet transient, before the page is built,
 * and a view map lives in the session. Views are created in two places: by the view handler for a
 * GET, and by the page's declaration language ({@link Declarations}) when a stateless postback is
 * restored, which Mojarra refuses unless the new view is transient.
 */
public class StatelessPages extends ViewHandlerWrapper {
  static final String ERRORS = "/errors/";
  static final List<String> STATELESS =
      List.of(ERRORS, "/index.xhtml", "/intake/status.xhtml", "/intake/confirmation.xhtml");

  public StatelessPages(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    return stateless(super.createView(context, viewId), viewId);
  }

  /** The view, made transient if its page is one of the stateless ones. */
  static UIViewRoot stateless(UIViewRoot view, String viewId) {
    if (view != null && viewId != null && STATELESS.stream().anyMatch(viewId::startsWith)) {
      view.setTransient(true);
    }
    return view;
  }

  /** The declaration languages, whose views of the stateless pages are transient too. */
  public static class Declarations extends ViewDeclarationLanguageFactory {
    public Declarations(ViewDeclarationLanguageFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
      ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
      return language == null
          ? null
          : new ViewDeclarationLanguageWrapper(language) {
            @Override
            public UIViewRoot createView(FacesContext context, String id) {
              return stateless(super.createView(context, id), id);
            }
          };
    }
  }
}
