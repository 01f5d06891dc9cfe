package org.kapcare.records.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The dosing session as it happens: checklist, start, doses, vitals, checks, discharge. */
@Path("/clients/{clientId}/dosing-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Dosing sessions",
    description = "The dosing session: checklist, start, doses, vitals, checks and discharge")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class DosingResource {

  private final DosingSessions dosing;
  private final SessionViews views;

  DosingResource(DosingSessions dosing, SessionViews views) {
    this.dosing = dosing;
    this.views = views;
  }

  @POST
  @Operation(
      summary = "Open a dosing record",
      description =
          "Nurse, prescriber or therapist of the client. Also opened automatically when a dosing"
              + " appointment is checked in.")
  @APIResponse(
      responseCode = "201",
      description = "Draft opened",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(
      responseCode = "422",
      description = "The appointment is not this client's (appointment-not-of-client)")
  public RestResponse<SessionView> open(
      @PathParam("clientId") UUID clientId,
      @Valid @NotNull DosingRequests.Open request,
      UriInfo uri) {
    return SessionResource.created(uri, views.full(dosing.open(clientId, request)));
  }

  @PUT
  @Path("{sessionId}/checklist")
  @Operation(
      summary = "Record the pre-session checklist",
      description =
          "Fasting (per route), escort, baseline BP ≤ 140/90 (policy), eligibility valid,"
              + " preparation done: each judged by the service.")
  @APIResponse(responseCode = "200", description = "Each item and whether it passes")
  public Map<DosingSessions.ChecklistItem, Boolean> checklist(
      @PathParam("clientId") UUID clientId,
      @PathParam("sessionId") UUID sessionId,
      @Valid @NotNull DosingRequests.Checklist request) {
    return dosing.checklist(clientId, sessionId, request);
  }

  @POST
  @Path("{sessionId}/start")
  @Operation(
      summary = "Start the session",
      description =
          "Refused while a checklist item fails (dosing-checklist-failed) unless the client's"
              + " prescriber overrides with a reason.")
  @APIResponse(responseCode = "200", description = "Started")
  @APIResponse(responseCode = "422", description = "dosing-checklist-failed")
  public SessionView start(
      @PathParam("clientId") UUID clientId,
      @PathParam("sessionId") UUID sessionId,
      @Valid @NotNull DosingRequests.Start request) {
    return views.full(dosing.start(clientId, sessionId, request));
  }

  @POST
  @Path("{sessionId}/doses")
  @Operation(summary = "Record a dose given", description = "Route, mg, lot number, times.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = SessionView.DoseView.class)))
  @APIResponse(responseCode = "409", description = "session-not-started")
  @APIResponse(
      responseCode = "422",
      description =
          "The route differs from the plan's (dose-route-mismatch), or times out of order")
  public RestResponse<SessionView.DoseView> dose(
      @PathParam("clientId") UUID clientId,
      @PathParam("sessionId") UUID sessionId,
      @Valid @NotNull DosingRequests.Dose request) {
    return RestResponse.status(
        RestResponse.Status.CREATED,
        SessionView.DoseView.of(dosing.dose(clientId, sessionId, request)));
  }

  /** A reading and the alerts it raised. */
  public record RecordedVitals(
      SessionView.VitalsView reading,
      @Schema(description = "Each threshold the reading crossed; empty when none")
          List<SessionView.AlertView> alerts) {}

  @POST
  @Path("{sessionId}/vitals")
  @Operation(
      summary = "Record a vital-sign reading",
      description =
          "Evaluated against the clinic's thresholds as it arrives; each crossing is stored and"
              + " emitted at once as VitalsAlertRaised. Impossible values are a 400.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded, with any alerts raised",
      content = @Content(schema = @Schema(implementation = RecordedVitals.class)))
  @APIResponse(responseCode = "409", description = "session-not-started")
  public RestResponse<RecordedVitals> vitals(
      @PathParam("clientId") UUID clientId,
      @PathParam("sessionId") UUID sessionId,
      @Valid @NotNull DosingRequests.Vitals request) {
    DosingSessions.Recorded recorded = dosing.vitals(clientId, sessionId, request);
    return RestResponse.status(
        RestResponse.Status.CREATED,
        new RecordedVitals(
            SessionView.VitalsView.of(recorded.reading()),
            recorded.alerts().stream().map(SessionView.AlertView::of).toList()));
  }

  @POST
  @Path("{sessionId}/checks")
  @Operation(summary = "Record a dissociation or sedation check, or an adverse event")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = SessionView.CheckView.class)))
  public RestResponse<SessionView.CheckView> check(
      @PathParam("clientId") UUID clientId,
      @PathParam("sessionId") UUID sessionId,
      @Valid @NotNull DosingRequests.Check request) {
    return RestResponse.status(
        RestResponse.Status.CREATED,
        SessionView.CheckView.of(dosing.check(clientId, sessionId, request)));
  }

  @POST
  @Path("{sessionId}/discharge")
  @Operation(
      summary = "Discharge the client",
      description =
          "Vitals back in range (last reading), alert and oriented, escort present; records the"
              + " monitoring minutes.")
  @APIResponse(responseCode = "200", description = "Discharged")
  @APIResponse(responseCode = "422", description = "discharge-criteria-not-met")
  public SessionView discharge(
      @PathParam("clientId") UUID clientId,
      @PathParam("sessionId") UUID sessionId,
      @Valid @NotNull DosingRequests.Discharge request) {
    return views.full(dosing.discharge(clientId, sessionId, request));
  }
}
