package org.kapcare.gateway.edge;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Authenticates a request whose bearer token the edge verified before, from {@link VerifiedTokens},
 * without Quarkus OIDC decoding the token, resolving its tenant and building its identity again.
 * Any other request — no token, an unknown, tampered or expired one — is left to Quarkus OIDC's
 * mechanism, which runs next and answers the challenge.
 */
@ApplicationScoped
public class RememberedTokenAuthentication implements HttpAuthenticationMechanism {

  private static final String BEARER = "Bearer ";

  private final VerifiedTokens tokens;

  RememberedTokenAuthentication(VerifiedTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String authorization = context.request().getHeader("Authorization");
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Uni.createFrom().nullItem();
    }
    return Uni.createFrom()
        .item(tokens.identityFor(authorization.substring(BEARER.length()), context));
  }

  /** No challenge of its own: Quarkus OIDC's answers. */
  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  /** Quarkus keeps a mechanism only when some identity provider takes its credential type. */
  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(TokenAuthenticationRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  /**
   * Asked before Quarkus OIDC's mechanism (priority {@code quarkus.oidc.priority}, by default just
   * above {@link #DEFAULT_PRIORITY}); mechanisms of equal priority would be asked in no set order.
   */
  @Override
  public int getPriority() {
    return Integer.MAX_VALUE;
  }
}
