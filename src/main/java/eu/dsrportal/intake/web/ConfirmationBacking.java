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
    try {
      return RequestReference.parse(ref).value();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }
}
