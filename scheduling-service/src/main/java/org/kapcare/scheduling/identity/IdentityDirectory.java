package org.kapcare.scheduling.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.kapcare.platform.problem.ProblemException;

/**
 * Who a person is, as the identity provider says: their e-mail and realm roles. Staff roles are
 * read from here, never from a request body. A timeout and a short retry guard each lookup; when
 * Keycloak cannot answer the request is refused with 503 {@code identity-provider-unavailable}.
 */
@ApplicationScoped
public class IdentityDirectory {

  static final String UNAVAILABLE = "identity-provider-unavailable";

  /** A person of the realm: enabled or not, their e-mail and effective realm roles. */
  public record Person(UUID id, String email, boolean enabled, Set<String> realmRoles) {

    public boolean holds(String realmRole) {
      return enabled && realmRoles.contains(realmRole);
    }
  }

  private final KeycloakApi keycloak;
  private final IdentityConfig config;
  private volatile CachedToken token;

  IdentityDirectory(@RestClient KeycloakApi keycloak, IdentityConfig config) {
    this.keycloak = keycloak;
    this.config = config;
  }

  /** The person with this Keycloak user id; empty when the realm has no such user. */
  @Timeout(3000)
  @Retry(maxRetries = 2, delay = 200)
  @Fallback(fallbackMethod = "unavailable")
  public Optional<Person> find(UUID id) {
    String bearer = bearer();
    KeycloakApi.User user;
    try {
      user = keycloak.user(config.realm(), id, bearer);
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 404) {
        return Optional.empty();
      }
      if (status == 401) {
        token = null; // revoked or expired early: the retry fetches a new one
      }
      throw e;
    }
    Set<String> roles =
        keycloak.realmRoles(config.realm(), id, bearer).stream()
            .map(KeycloakApi.Role::name)
            .collect(Collectors.toUnmodifiableSet());
    return Optional.of(new Person(user.id(), user.email(), user.enabled(), roles));
  }

  /** After the retries: the request is refused, never answered as if the person were unknown. */
  Optional<Person> unavailable(UUID id) {
    throw new ProblemException(
        503,
        UNAVAILABLE,
        "Identity provider unavailable",
        "the identity provider did not answer; try again shortly");
  }

  private String bearer() {
    CachedToken current = token;
    if (current == null || !Instant.now().isBefore(current.refreshAfter())) {
      KeycloakApi.Token fresh =
          keycloak.token(
              config.realm(), "client_credentials", config.clientId(), config.clientSecret());
      current =
          new CachedToken(
              "Bearer " + fresh.accessToken(),
              Instant.now().plus(fresh.expiresIn() / 2, ChronoUnit.SECONDS));
      token = current;
    }
    return current.value();
  }

  private record CachedToken(String value, Instant refreshAfter) {}
}
