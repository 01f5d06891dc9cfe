package org.kapcare.gateway.openapi;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The merged document also on the management interface, at the path Swagger UI there asks for
 * ({@code quarkus.swagger-ui.urls.kap}): Swagger UI lives on the management port, the document on
 * the public one, and a page cannot read across the two without CORS.
 */
@ApplicationScoped
public class ManagementRoutes {

  private final MergedOpenApi merged;

  ManagementRoutes(MergedOpenApi merged) {
    this.merged = merged;
  }

  void register(@Observes ManagementInterface management) {
    management
        .router()
        .get("/api/openapi.json")
        .handler(
            ctx ->
                merged
                    .document()
                    .subscribe()
                    .with(
                        document ->
                            ctx.response()
                                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                                .end(document),
                        ctx::fail));
  }
}
