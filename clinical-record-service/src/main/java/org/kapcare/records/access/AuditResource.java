package org.kapcare.records.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.security.Roles;

/** The audit log, for admins. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access and audit")
@SecurityRequirement(name = "SecurityScheme")
public class AuditResource {

  private final AuditTrail trail;

  AuditResource(AuditTrail trail) {
    this.trail = trail;
  }

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Query the audit log",
      description = "Newest first, cursor-paged. Reading the log is itself audited.")
  @APIResponse(responseCode = "200", description = "A page of audit entries")
  public Page<AuditTrail.Entry> audit(
      @Parameter(example = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01") @QueryParam("clientId")
          UUID clientId,
      @Parameter(example = "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01") @QueryParam("actorId")
          String actorId,
      @Parameter(example = "DENIED") @QueryParam("outcome") AuditTrail.Outcome outcome,
      @Parameter(example = "2026-11-01T00:00:00Z") @QueryParam("from") Instant from,
      @Parameter(example = "2026-12-01T00:00:00Z") @QueryParam("to") Instant to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursor.MAX_LIMIT) int limit) {
    return trail.query(
        new AuditTrail.Query(clientId, actorId, outcome, from, to), Cursor.decode(cursor), limit);
  }
}
