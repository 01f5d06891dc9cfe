package org.kapcare.records.assessment;

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

/** Outcome measures: PHQ-9, GAD-7, PCL-5. */
@Path("/clients/{clientId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Assessments",
    description = "PHQ-9, GAD-7 and PCL-5: scored, with risk flags, and their trend")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class AssessmentResource {

  private final Assessments assessments;

  AssessmentResource(Assessments assessments) {
    this.assessments = assessments;
  }

  @POST
  @Operation(
      summary = "Submit an assessment",
      description =
          "The client or a clinician of their team. Scored exactly; PHQ-9 item 9 > 0 raises the"
              + " suicide-risk flag whatever the total. Emits AssessmentRecorded.")
  @APIResponse(
      responseCode = "201",
      description = "Scored",
      content = @Content(schema = @Schema(implementation = AssessmentView.class)))
  @APIResponse(responseCode = "400", description = "Missing or out-of-range answers")
  public RestResponse<AssessmentView> submit(
      @PathParam("clientId") UUID clientId,
      @Valid @NotNull AssessmentRequest request,
      UriInfo uri) {
    AssessmentView view = assessments.submit(clientId, request);
    return Created.at(uri, view.id(), view);
  }

  @GET
  @Operation(
      summary = "Trend for one instrument",
      description = "Oldest first, each against the course baseline (at most 500).")
  @APIResponse(responseCode = "200", description = "The trend")
  public List<AssessmentView> trend(
      @PathParam("clientId") UUID clientId,
      @Parameter(example = "PHQ9", required = true) @QueryParam("instrument") @NotNull
          Instrument instrument) {
    return assessments.trend(clientId, instrument);
  }

  @GET
  @Path("{assessmentId}")
  @Operation(summary = "One assessment")
  @APIResponse(responseCode = "200", description = "The assessment")
  public AssessmentView get(
      @PathParam("clientId") UUID clientId, @PathParam("assessmentId") UUID assessmentId) {
    return assessments.read(clientId, assessmentId);
  }
}
