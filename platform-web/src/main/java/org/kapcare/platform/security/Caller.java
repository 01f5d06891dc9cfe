package org.kapcare.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/**
 * The authenticated person or partner behind the current request. Its id is the token's {@code
 * sub}: the same person id in every service.
 */
@RequestScoped
public class Caller {

  private static final List<String> PRIMARY_ORDER =
      List.of(
          Roles.PRESCRIBER,
          Roles.THERAPIST,
          Roles.NURSE,
          Roles.CHAPLAIN,
          Roles.COORDINATOR,
          Roles.ADMIN,
          Roles.PARTNER,
          Roles.CLIENT);

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

  /**
   * The caller's main role, as audit trails record it: the first they hold of prescriber,
   * therapist, nurse, chaplain, coordinator, admin, partner, client; {@code none} for none.
   */
  public String primaryRole() {
    for (String role : PRIMARY_ORDER) {
      if (identity.hasRole(role)) {
        return role;
      }
    }
    return "none";
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
