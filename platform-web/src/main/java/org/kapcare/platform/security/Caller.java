package org.kapcare.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * The authenticated person or partner behind the current request. Its id is the token's {@code
 * sub}: the same person id in every service.
 */
@RequestScoped
public class Caller {

  private final SecurityIdentity identity;

  Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The Keycloak user id ({@code sub}); services set {@code principal-claim=sub}. */
  public String id() {
    return identity.getPrincipal().getName();
  }

  public boolean is(String role) {
    return identity.hasRole(role);
  }

  public boolean isAny(String... roles) {
    for (String role : roles) {
      if (identity.hasRole(role)) {
        return true;
      }
    }
    return false;
  }
}
