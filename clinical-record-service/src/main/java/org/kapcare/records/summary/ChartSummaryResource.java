package org.kapcare.records.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The chart summary. */
@Path("/clients/{clientId}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Chart summary",
    description = "One view of a client's chart, each part shown only to those who may read it")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class ChartSummaryResource {

  private final ChartSummaries summaries;

  ChartSummaryResource(ChartSummaries summaries) {
    this.summaries = summaries;
  }

  @GET
  @Operation(
      summary = "The chart at a glance",
      description = "The client themself and their care team; not coordinators (clinical content).")
  @APIResponse(responseCode = "200", description = "The summary")
  public ChartSummary get(@PathParam("clientId") UUID clientId) {
    return summaries.of(clientId);
  }
}
