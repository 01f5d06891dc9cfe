package org.kapcare.records.handoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.Created;

/** A client's care-team handoffs. */
@Path("/clients/{clientId}/handoffs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Handoffs",
    description = "Handoffs between the care team's clinicians, and their acknowledgment")
@SecurityRequirement(name = "SecurityScheme")
public class HandoffResource {

  private final Handoffs handoffs;

  HandoffResource(Handoffs handoffs) {
    this.handoffs = handoffs;
  }

  @POST
  @RolesAllowed("**")
  @Operation(
      summary = "Share a handoff",
      description =
          "Care-team members. Addressed to people and/or roles; emits CareNoteShared, which"
              + " notification-service delivers and whose acknowledgment comes back.")
  @APIResponse(
      responseCode = "201",
      description = "Shared",
      content = @Content(schema = @Schema(implementation = HandoffView.class)))
  @APIResponse(
      responseCode = "422",
      description = "A recipient not on the client's care team (handoff-to-care-team-only)")
  public RestResponse<HandoffView> share(
      @PathParam("clientId") UUID clientId, @Valid @NotNull HandoffRequest request, UriInfo uri) {
    Handoff h = handoffs.share(clientId, request);
    return Created.at(uri, h.id, HandoffView.of(h));
  }

  @GET
  @RolesAllowed("**")
  @Operation(summary = "The client's handoffs, newest first (at most 100)")
  @APIResponse(responseCode = "200", description = "The handoffs")
  public List<HandoffView> forClient(@PathParam("clientId") UUID clientId) {
    return handoffs.forClient(clientId).stream().map(HandoffView::of).toList();
  }
}
