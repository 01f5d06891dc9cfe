package org.kapcare.gateway.edge;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Hands {@link VerifiedTokens} each identity Quarkus OIDC built from a bearer token it verified
 * (signature, issuer, audience, expiry). Runs after every other augmentor, so what is remembered is
 * the identity as the gateway uses it. A remembered token never gets here: {@link
 * RememberedTokenAuthentication} answers it before Quarkus OIDC, and augmentors run only for what
 * the identity providers build.
 */
@ApplicationScoped
public class RememberVerifiedToken implements SecurityIdentityAugmentor {

  private final VerifiedTokens tokens;

  RememberVerifiedToken(VerifiedTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public int priority() {
    return Integer.MIN_VALUE;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (!identity.isAnonymous()
        && identity.getPrincipal() instanceof JsonWebToken jwt
        && jwt.getRawToken() != null
        && jwt.getExpirationTime() > 0) {
      tokens.remember(jwt.getRawToken(), identity, Instant.ofEpochSecond(jwt.getExpirationTime()));
    }
    return Uni.createFrom().item(identity);
  }
}
