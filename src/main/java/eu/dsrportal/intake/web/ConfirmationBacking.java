package eu.dsrportal.intake.web;

import eu.dsrportal.intake.domain.RequestReference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The page after the form: the reference comes in the address (not the flash), so it survives a
 * switch of language. Only a well-formed reference is shown; it reveals nothing, the subject got it
 * by mail too.
 */
@Named
@RequestScoped
public class ConfirmationBacking {
  private String ref;

  /** The reference, or null when the address carries none (or not one of ours). */
  public String getReference() {
    return RequestReference.tryParse(ref).map(RequestReference::value).orElse(null);
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }
}
