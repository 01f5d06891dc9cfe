package org.kapcare.gateway.openapi;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The one OpenAPI document of the public API. Swagger UI, on the management interface ({@code
 * /q/swagger-ui}), shows it from the same path there ({@link ManagementRoutes}).
 */
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
  public Uni<String> document() {
    return merged.document();
  }
}
