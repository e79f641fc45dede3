package eu.dsrportal.demo;

import eu.dsrportal.shared.infrastructure.PortalSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** In dev mode, tells the newcomer where the portal is and how to log in. Silent otherwise. */
@Singleton
@Startup
@DependsOn("DemoData")
public class DevBanner {
  private static final Logger LOG = Logger.getLogger(DevBanner.class.getName());

  @Inject PortalSettings settings;

  @Inject
  @ConfigProperty(name = "portal.demo-data")
  boolean demoData;

  @Inject
  @ConfigProperty(name = "portal.demo-password")
  String demoPassword;

  @Inject
  @ConfigProperty(name = "portal.demo-totp-secret")
  String demoTotpSecret;

  @PostConstruct
  void announce() {
    if (!settings.isDevMode()) {
      return;
    }
    String logins =
        demoData
            ? "\n  Demo logins (password "
                + demoPassword
                + "): support, billing, admin (staff);"
                + " acme, kroon (customers)\n  The admin's second factor: add the secret "
                + demoTotpSecret
                + " to an authenticator app"
            : "";
    LOG.info(
        () ->
            "\n\n  DSR Portal is starting at "
                + settings.baseUrl()
                + "/"
                + logins
                + "\n  Every mail sent is shown at "
                + settings.baseUrl()
                + "/staff/dev/mailbox.xhtml\n");
  }
}
