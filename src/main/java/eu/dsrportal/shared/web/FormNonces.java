package eu.dsrportal.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every Faces form carries the page's script nonce as a hidden field {@code primefaces.nonce},
 * written on the server next to the view state. PrimeFaces checks the posted nonce against the
 * view's when it renders the answer; its script adds the field only once it has run, so a form sent
 * before that (a slow page, no JavaScript) used to arrive without one and end on the 500 page after
 * its action had run. The script finds the field and keeps it (same name, same value); its ajax
 * sends the form's field along.
 */
public class FormNonces extends ViewHandlerWrapper {
  static final String NONCE_PARAMETER = "primefaces.nonce";

  public FormNonces(ViewHandler wrapped) {
    super(wrapped);
  }

  /** Called by every form's renderer inside the form, just before {@code </form>}. */
  @Override
  public void writeState(FacesContext context) throws IOException {
    super.writeState(context);
    if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
      ResponseWriter writer = context.getResponseWriter();
      writer.startElement("input", null);
      writer.writeAttribute("type", "hidden", null);
      writer.writeAttribute("name", NONCE_PARAMETER, null);
      writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
      writer.endElement("input");
    }
  }
}
