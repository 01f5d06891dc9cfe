package org.kapcare.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** The merged OpenAPI document of the public API, served at {@code /api/openapi.json}. */
@ConfigMapping(prefix = "kap.openapi")
public interface OpenApiConfig {

  /** The OpenID Connect discovery document of the kap realm (the {@code oidc} scheme). */
  URI openIdConnectUrl();

  /** The realm's token endpoint, for the partners' client-credentials scheme. */
  URI tokenUrl();

  /** The public base URL of the gateway, listed as the document's server. */
  @WithDefault("/")
  String serverUrl();

  /** How long a merged document is served before the services are asked again. */
  @WithDefault("5m")
  Duration cacheFor();

  /** How long to wait for one service's document. */
  @WithDefault("5s")
  Duration fetchTimeout();
}
