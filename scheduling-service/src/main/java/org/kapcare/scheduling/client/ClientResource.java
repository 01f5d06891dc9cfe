package org.kapcare.scheduling.client;

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
import org.kapcare.platform.security.Roles;

/** Scheduling's view of a client, for the people who book for them. */
@Path("/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
@SecurityRequirement(name = "SecurityScheme")
public class ClientResource {

  private final ClientProjection clients;

  ClientResource(ClientProjection clients) {
    this.clients = clients;
  }

  /** Time zone and the therapist and prescriber who are booked with the client. */
  public record SchedulingContext(UUID id, String timeZone, UUID therapistId, UUID prescriberId) {}

  @GET
  @Path("/{clientId}")
  @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
  @Operation(summary = "A client's scheduling context")
  @APIResponse(responseCode = "200", description = "The client's scheduling context")
  @APIResponse(responseCode = "404", description = "Scheduling has not heard of this client")
  public SchedulingContext get(@PathParam("clientId") UUID clientId) {
    ScheduledClient c = clients.get(clientId);
    return new SchedulingContext(c.id, c.timeZone, c.therapistId, c.prescriberId);
  }
}
