package eu.dsrportal.digest.web;

import eu.dsrportal.digest.application.DigestSettings;
import eu.dsrportal.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A customer's administrator switches the customer's daily digest to its privacy contact off or on
 * (a section of /customer/users.xhtml).
 */
@Named
@RequestScoped
public class CustomerDigestBacking {

  @Inject DigestSettings digestSettings;

  private Boolean enabled;

  public void save() {
    digestSettings.chooseCustomerDigest(isEnabled());
    Messages.info(enabled ? "digest.customer.saved.on" : "digest.customer.saved.off");
  }

  public boolean isEnabled() {
    if (enabled == null) {
      enabled = digestSettings.customerDigestEnabled();
    }
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
