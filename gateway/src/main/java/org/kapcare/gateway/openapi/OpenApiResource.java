package org.kapcare.gateway.openapi;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The one OpenAPI document of the public API; Swagger UI at {@code /q/swagger-ui} shows it. */
@Path("/api/openapi.json")
public class OpenApiResource {

  private final MergedOpenApi merged;

  OpenApiResource(MergedOpenApi merged) {
    this.merged = merged;
  }

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Uni<String> document(@Context HttpServerRequest request) {
    // The gateway's own operations come from its /q/openapi, on the port this request came in on.
    URI self = URI.create("http://127.0.0.1:" + request.localAddress().port());
    return merged.document(self);
  }
}
