package org.kapcare.scheduling.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How scheduling reads the identity provider (Keycloak's admin REST API): who a person is and which
 * realm roles they hold. The base URL is {@code quarkus.rest-client.identity.url}.
 */
@ConfigMapping(prefix = "kap.scheduling.identity")
public interface IdentityConfig {

  /** The realm whose users are the clinic's people. */
  @WithDefault("kap")
  String realm();

  /** This service's confidential client (client credentials, may view and query users). */
  @WithDefault("scheduling-service")
  String clientId();

  /** The client's secret: from the environment; only dev and test have a local default. */
  String clientSecret();
}
