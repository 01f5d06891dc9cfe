package org.kapcare.records.evaluation;

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

/** Evaluations and eligibility decisions. */
@Path("/clients/{clientId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Evaluation and eligibility",
    description = "The prescriber's evaluation and the eligibility decision that gates dosing")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class EvaluationResource {

  private final EvaluationService evaluations;

  EvaluationResource(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @POST
  @Operation(
      summary = "Record an evaluation",
      description = "The client's prescriber. Every contraindication must be answered.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = EvaluationView.class)))
  public RestResponse<EvaluationView> record(
      @PathParam("clientId") UUID clientId,
      @Valid @NotNull EvaluationRequest request,
      UriInfo uri) {
    Evaluation e = evaluations.record(clientId, request);
    return Created.at(uri, e.id, EvaluationView.of(e));
  }

  @POST
  @Path("{evaluationId}/decision")
  @Operation(
      summary = "Decide eligibility",
      description =
          "Approved (until expiresAt, default 6 months), declined or needs-information. A positive"
              + " contraindication blocks approval unless overrideReason is given. Emits"
              + " EligibilityDecided.")
  @APIResponse(responseCode = "200", description = "Decided")
  @APIResponse(responseCode = "409", description = "Already decided")
  @APIResponse(responseCode = "422", description = "contraindication-blocks-approval")
  public EvaluationView decide(
      @PathParam("clientId") UUID clientId,
      @PathParam("evaluationId") UUID evaluationId,
      @Valid @NotNull DecisionRequest request) {
    return EvaluationView.of(evaluations.decide(clientId, evaluationId, request));
  }

  @GET
  @Path("{evaluationId}")
  @Operation(summary = "An evaluation")
  @APIResponse(responseCode = "200", description = "The evaluation")
  public EvaluationView get(
      @PathParam("clientId") UUID clientId, @PathParam("evaluationId") UUID evaluationId) {
    return EvaluationView.of(evaluations.read(clientId, evaluationId));
  }

  @GET
  @Operation(summary = "The client's evaluations, newest first (at most 100)")
  @APIResponse(responseCode = "200", description = "The evaluations")
  public List<EvaluationView> list(@PathParam("clientId") UUID clientId) {
    return evaluations.list(clientId).stream().map(EvaluationView::of).toList();
  }
}
