package eu.dsrportal.identity.infrastructure;

import jakarta.security.enterprise.credential.Credential;

/** The bearer token of an API call. */
public record ApiTokenCredential(String token) implements Credential {
  @Override
  public String toString() {
    return "ApiTokenCredential";
  }
}
