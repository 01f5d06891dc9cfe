package org.kapcare.records.plan;

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

/** Treatment plans. */
@Path("/clients/{clientId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Treatment plan",
    description = "The signed treatment plan: route, dose range, number of sessions")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class PlanResource {

  private final PlanService plans;

  PlanResource(PlanService plans) {
    this.plans = plans;
  }

  @POST
  @Operation(
      summary = "Sign a treatment plan",
      description =
          "The client's prescriber. Needs approved eligibility and informed consent; the dose must"
              + " be in the route's range. Supersedes the active plan. Emits TreatmentPlanApproved.")
  @APIResponse(
      responseCode = "201",
      description = "Signed",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "plan-requires-approved-eligibility, plan-requires-informed-consent, dose-out-of-range")
  public RestResponse<PlanView> sign(
      @PathParam("clientId") UUID clientId, @Valid @NotNull PlanRequest request, UriInfo uri) {
    TreatmentPlan plan = plans.sign(clientId, request);
    return Created.at(uri, plan.id, PlanView.of(plan));
  }

  @GET
  @Path("active")
  @Operation(summary = "The active treatment plan")
  @APIResponse(responseCode = "200", description = "The plan")
  @APIResponse(responseCode = "404", description = "No active plan")
  public PlanView active(@PathParam("clientId") UUID clientId) {
    return PlanView.of(plans.active(clientId));
  }

  @GET
  @Operation(summary = "Every plan of the client, newest first (at most 100)")
  @APIResponse(responseCode = "200", description = "The plans")
  public List<PlanView> list(@PathParam("clientId") UUID clientId) {
    return plans.list(clientId).stream().map(PlanView::of).toList();
  }
}
