package org.kapcare.records.handoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.contracts.clinical.CareNoteShared.Priority;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.security.Roles;

/** The open handoffs addressed to the caller, across their clients. */
@Path("/handoffs/open")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Handoffs",
    description = "Handoffs between the care team's clinicians, and their acknowledgment")
@SecurityRequirement(name = "SecurityScheme")
public class OpenHandoffResource {

  private final Handoffs handoffs;

  OpenHandoffResource(Handoffs handoffs) {
    this.handoffs = handoffs;
  }

  @GET
  @RolesAllowed({Roles.THERAPIST, Roles.PRESCRIBER, Roles.NURSE, Roles.CHAPLAIN})
  @Operation(
      summary = "Open handoffs addressed to me",
      description =
          "Unacknowledged handoffs addressed to the caller or their role, for clients on their"
              + " care team; oldest first, cursor-paged.")
  @APIResponse(responseCode = "200", description = "A page of open handoffs")
  public Page<HandoffView> open(
      @Parameter(example = "URGENT") @QueryParam("priority") Priority priority,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursor.MAX_LIMIT) int limit) {
    Page<Handoff> page = handoffs.openForMe(priority, Cursor.decode(cursor), limit);
    return new Page<>(page.items().stream().map(HandoffView::of).toList(), page.next());
  }
}
