package eu.dsrportal.audit.application;

import eu.dsrportal.audit.domain.ChainKey;
import eu.dsrportal.shared.infrastructure.PortalSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit chain's key from the configuration ({@code audit.chain-key}, {@code AUDIT_CHAIN_KEY};
 * the same on every instance). The built-in key is for development only: outside dev mode the
 * portal says so loudly at every start, as it warns of a missing ALTCHA key, since with a key
 * everyone knows the chain is no better than plain SHA-256.
 */
@ApplicationScoped
public class AuditChainKey {
  private static final Logger LOG = Logger.getLogger(AuditChainKey.class.getName());
  static final String PROPERTY = "audit.chain-key";

  /** The ordinal of the application's own microprofile-config.properties: the dev defaults. */
  private static final int BUILT_IN_ORDINAL = 100;

  private static final int MIN_LENGTH = 32;

  @Inject
  @ConfigProperty(name = PROPERTY)
  String secret;

  @Inject Config config;
  @Inject PortalSettings settings;

  private ChainKey key;

  @PostConstruct
  void init() {
    key = ChainKey.of(secret);
    if (settings.isDevMode()) {
      return;
    }
    if (config.getConfigValue(PROPERTY).getSourceOrdinal() <= BUILT_IN_ORDINAL) {
      LOG.severe(
          "SECURITY: audit.chain-key is the built-in development key. Anyone can re-seal a"
              + " changed audit trail. Set AUDIT_CHAIN_KEY (a random secret of 32 or more"
              + " characters, the same on every instance) before going to production.");
    } else if (secret.length() < MIN_LENGTH) {
      LOG.warning("audit.chain-key is shorter than " + MIN_LENGTH + " characters");
    }
  }

  /** Reads the key when the application starts, so that the warning shows then. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LOG.fine(() -> "audit chain key loaded: " + key);
  }

  public ChainKey key() {
    return key;
  }
}
