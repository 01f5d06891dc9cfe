package org.kapcare.records.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.platform.security.Roles;

/** Break-the-glass access to a chart outside the caller's care team. */
@Path("/clients/{clientId}/break-glass")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Access and audit",
    description = "Emergency access, its review, and the tamper-evident audit trail")
@SecurityRequirement(name = "SecurityScheme")
public class BreakGlassResource {

  private final BreakGlass breakGlass;

  BreakGlassResource(BreakGlass breakGlass) {
    this.breakGlass = breakGlass;
  }

  /** The grant's end. */
  public record BreakGlassGrant(UUID clientId, Instant expiresAt) {}

  @POST
  @RolesAllowed({Roles.THERAPIST, Roles.PRESCRIBER, Roles.NURSE})
  @Operation(
      summary = "Break the glass",
      description =
          "Emergency access to the chart of a client outside your care team: a written reason,"
              + " time-boxed (policy, default 1 h), audited; emits BreakGlassAccessed.")
  @APIResponse(
      responseCode = "201",
      description = "Access granted until expiresAt",
      content = @Content(schema = @Schema(implementation = BreakGlassGrant.class)))
  @APIResponse(responseCode = "404", description = "No such client")
  @APIResponse(responseCode = "409", description = "You are on the care team already")
  public org.jboss.resteasy.reactive.RestResponse<BreakGlassGrant> open(
      @PathParam("clientId") UUID clientId, @Valid @NotNull BreakGlassRequest request) {
    return org.jboss.resteasy.reactive.RestResponse.status(
        org.jboss.resteasy.reactive.RestResponse.Status.CREATED,
        new BreakGlassGrant(clientId, breakGlass.open(clientId, request)));
  }
}
