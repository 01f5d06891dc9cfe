package org.kapcare.records.careteam;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.EntityVersions;

/** A client's care team and its history. */
@Path("/clients/{clientId}/care-team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Care team",
    description =
        "Who treats the client: therapist, prescriber, nurses, chaplain, primary clinician")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class CareTeamResource {

  private final CareTeamService teams;

  CareTeamResource(CareTeamService teams) {
    this.teams = teams;
  }

  @PUT
  @Operation(
      summary = "Assign the care team",
      description =
          "Coordinators and admins. The first assignment needs no If-Match; a change does."
              + " Emits CareTeamAssigned.")
  @APIResponse(responseCode = "200", description = "The team as it now stands")
  @APIResponse(
      responseCode = "422",
      description = "The primary clinician is not on the team (primary-clinician-on-team)")
  public RestResponse<CareTeamView> assign(
      @PathParam("clientId") UUID clientId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CareTeamRequest request) {
    CareTeam team = teams.assign(clientId, request, ifMatch);
    return EntityVersions.ok(CareTeamView.of(team), team.version);
  }

  @GET
  @Operation(summary = "The care team", description = "The client, the team, coordinators, admins.")
  @APIResponse(responseCode = "200", description = "The team")
  @APIResponse(responseCode = "404", description = "No such client, or no team assigned yet")
  public RestResponse<CareTeamView> get(@PathParam("clientId") UUID clientId) {
    CareTeam team = teams.current(clientId);
    return EntityVersions.ok(CareTeamView.of(team), team.version);
  }

  @GET
  @Path("history")
  @Operation(summary = "Every assignment of the care team, oldest first")
  @APIResponse(responseCode = "200", description = "The history")
  public List<CareTeamView> history(@PathParam("clientId") UUID clientId) {
    return teams.history(clientId);
  }
}
