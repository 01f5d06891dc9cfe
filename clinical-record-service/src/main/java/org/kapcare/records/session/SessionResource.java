package org.kapcare.records.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.Created;

/** Preparation and integration records; reading and signing every session record. */
@Path("/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Session records",
    description = "Preparation and integration session records, signed by the clinician")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class SessionResource {

  private final SessionRecords sessions;
  private final SessionViews views;

  SessionResource(SessionRecords sessions, SessionViews views) {
    this.sessions = sessions;
    this.views = views;
  }

  @POST
  @Path("preparations")
  @Operation(
      summary = "Record a preparation session",
      description =
          "The client's therapist: the intention in the client's words, linked plan goals,"
              + " readiness. A draft until signed; signing a READY preparation emits"
              + " PreparationCompleted.")
  @APIResponse(
      responseCode = "201",
      description = "Draft recorded",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "422", description = "session-requires-plan")
  public RestResponse<SessionView> prepare(
      @PathParam("clientId") UUID clientId,
      @Valid @NotNull PreparationRequest request,
      UriInfo uri) {
    return created(uri, views.full(sessions.prepare(clientId, request)));
  }

  @POST
  @Path("integrations")
  @Operation(
      summary = "Record an integration session",
      description =
          "The client's therapist, after a signed dosing session: insights, themes, progress;"
              + " prescriberReview becomes a handoff to the prescriber when signed.")
  @APIResponse(
      responseCode = "201",
      description = "Draft recorded",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "409", description = "integration-follows-signed-dosing")
  public RestResponse<SessionView> integrate(
      @PathParam("clientId") UUID clientId,
      @Valid @NotNull IntegrationRequest request,
      UriInfo uri) {
    return created(uri, views.full(sessions.integrate(clientId, request)));
  }

  @POST
  @Path("sessions/{sessionId}/signature")
  @Operation(
      summary = "Sign a session record",
      description =
          "A signed record never changes. Preparation (READY) emits PreparationCompleted; dosing"
              + " (discharged) emits DosingSessionCompleted; an integration flagged for review"
              + " becomes a handoff.")
  @APIResponse(responseCode = "200", description = "Signed")
  @APIResponse(responseCode = "409", description = "session-already-signed, dosing-not-discharged")
  public SessionView sign(
      @PathParam("clientId") UUID clientId, @PathParam("sessionId") UUID sessionId) {
    return views.full(sessions.sign(clientId, sessionId));
  }

  @GET
  @Path("sessions")
  @Operation(summary = "The client's session records, newest first (at most 200)")
  @APIResponse(responseCode = "200", description = "The records")
  public List<SessionView> list(
      @PathParam("clientId") UUID clientId,
      @Parameter(example = "DOSING") @QueryParam("kind") SessionKind kind) {
    return sessions.list(clientId, kind).stream().map(views::brief).toList();
  }

  @GET
  @Path("sessions/{sessionId}")
  @Operation(summary = "A session record with everything recorded during it")
  @APIResponse(responseCode = "200", description = "The record")
  public SessionView get(
      @PathParam("clientId") UUID clientId, @PathParam("sessionId") UUID sessionId) {
    return views.full(sessions.read(clientId, sessionId));
  }

  static RestResponse<SessionView> created(UriInfo uri, SessionView view) {
    return Created.at(Created.location("clients", view.clientId(), "sessions", view.id()), view);
  }
}
