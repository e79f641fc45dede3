package eu.dsrportal.identity.infrastructure;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a login: the code from the user's authenticator app. */
public record OneTimeCodeCredential(String code) implements Credential {}
