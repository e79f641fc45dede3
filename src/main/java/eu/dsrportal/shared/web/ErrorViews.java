package eu.dsrportal.shared.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * An error page is rendered as the start page's view id, not its own: its language links lead to
 * the (public) start page in that language, never to the error page itself (which is not served to
 * anyone), and the view id PrimeFaces writes into the page's script names no error page. Error
 * views are stateless ({@link StatelessPages}), so nothing keeps the id afterwards. Registered in
 * faces-config.xml for the pre-render event of every view.
 */
public class ErrorViews implements SystemEventListener {
  static final String HOME = "/index.xhtml";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  @Override
  public void processEvent(SystemEvent event) {
    UIViewRoot view = (UIViewRoot) event.getSource();
    if (view.getViewId() != null && view.getViewId().startsWith(StatelessPages.ERRORS)) {
      view.setViewId(HOME);
    }
  }
}
