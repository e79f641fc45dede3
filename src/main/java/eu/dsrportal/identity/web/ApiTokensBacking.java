package eu.dsrportal.identity.web;

import eu.dsrportal.identity.application.ApiTokens;
import eu.dsrportal.identity.domain.ApiToken;
import eu.dsrportal.shared.domain.DomainRuleViolation;
import eu.dsrportal.shared.domain.NotFoundException;
import eu.dsrportal.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

/**
 * The user's own API tokens: make one (its secret is shown on this view once, never again, and not
 * kept anywhere else), see them, revoke one.
 */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ApiTokens apiTokens;
  @Inject transient Clock clock;

  private String name;
  private Integer lifetimeDays = 90;
  private String newSecret;
  private String newName;
  private List<ApiToken> tokens;

  public void create() {
    try {
      ApiTokens.Created created = apiTokens.create(name, lifetimeDays);
      newSecret = created.secret().value();
      newName = created.token().getName();
      name = null;
      Messages.info("apiTokens.created", newName);
    } catch (DomainRuleViolation e) {
      Messages.errorOn("newToken:name", e.messageKey());
    }
    tokens = null;
  }

  public void revoke(ApiToken token) {
    try {
      apiTokens.revoke(token.getId());
      Messages.info("apiTokens.revokedDone", token.getName());
    } catch (DomainRuleViolation | NotFoundException e) {
      Messages.error("action.error.unavailable");
    }
    tokens = null;
  }

  public List<ApiToken> getTokens() {
    if (tokens == null) {
      tokens = apiTokens.own();
    }
    return tokens;
  }

  /** The message key of a token's state. */
  public String stateKey(ApiToken token) {
    if (token.isRevoked()) {
      return "apiTokens.state.revoked";
    }
    return token.isExpired(clock.instant()) ? "apiTokens.state.expired" : "apiTokens.state.active";
  }

  public boolean revocable(ApiToken token) {
    return !token.isRevoked() && !token.isExpired(clock.instant());
  }

  public List<Integer> getLifetimes() {
    return List.copyOf(new TreeSet<>(ApiTokens.LIFETIMES_DAYS));
  }

  public String lifetimeLabel(int days) {
    return Messages.text("apiTokens.lifetime.days", days);
  }

  /** The secret of the token just made, on this view only. */
  public String getNewSecret() {
    return newSecret;
  }

  public String getNewName() {
    return newName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getLifetimeDays() {
    return lifetimeDays;
  }

  public void setLifetimeDays(Integer lifetimeDays) {
    this.lifetimeDays = lifetimeDays;
  }
}
