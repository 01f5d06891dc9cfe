package org.kapcare.records.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.security.Roles;

/** The admins' review of every break-the-glass use. */
@Path("/break-glass-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Access and audit",
    description = "Emergency access, its review, and the tamper-evident audit trail")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.ADMIN)
public class BreakGlassReviewResource {

  private final BreakGlassReviews reviews;

  BreakGlassReviewResource(BreakGlassReviews reviews) {
    this.reviews = reviews;
  }

  @GET
  @Operation(
      summary = "Break-the-glass uses to review",
      description =
          "Oldest first, cursor-paged; open=true (default) lists only the unreviewed ones, with"
              + " when each review is due and whether it was escalated. Reading is audited.")
  @APIResponse(responseCode = "200", description = "A page of uses")
  public Page<BreakGlassReviews.Use> list(
      @Parameter(example = "true") @QueryParam("open") @DefaultValue("true") boolean open,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursor.MAX_LIMIT) int limit) {
    return reviews.list(open, Cursor.decode(cursor), limit);
  }

  @POST
  @Path("{grantId}")
  @Operation(
      summary = "Review a break-the-glass use",
      description = "Whether the emergency justified it, with a note; once per use.")
  @APIResponse(responseCode = "200", description = "Reviewed")
  @APIResponse(responseCode = "404", description = "No such use")
  @APIResponse(responseCode = "409", description = "Already reviewed")
  public BreakGlassReviews.Use review(
      @PathParam("grantId") UUID grantId, @Valid @NotNull BreakGlassReviewRequest request) {
    return reviews.review(grantId, request);
  }
}
