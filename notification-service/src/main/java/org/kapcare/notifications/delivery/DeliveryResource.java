package org.kapcare.notifications.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.security.Roles;

/** Delivery history for staff and admins; dead deliveries and retries for admins. */
@Path("/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "What was sent to whom on which channel, and retries")
@SecurityRequirement(name = "SecurityScheme")
public class DeliveryResource {

  private final DeliveryHistory history;

  DeliveryResource(DeliveryHistory history) {
    this.history = history;
  }

  @GET
  @RolesAllowed({
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN,
    Roles.COORDINATOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "Delivery history, newest first",
      description =
          "Coordinators and admins see all; clinicians pass recipientId=themselves or the clientId"
              + " of a client on their care team. status=DEAD is for admins. A kind that is itself a"
              + " clinical fact is shown as CLINICAL to anyone but its addressee and the team"
              + " members whose role reads that part of the chart.")
  @APIResponse(responseCode = "200", description = "One page of deliveries")
  @APIResponse(responseCode = "403", description = "Not your deliveries or your client")
  public Page<DeliveryView> list(
      @QueryParam("clientId") UUID clientId,
      @QueryParam("recipientId") UUID recipientId,
      @QueryParam("status") DeliveryStatus status,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursor.MAX_LIMIT) int limit) {
    return history.list(clientId, recipientId, status, cursor, limit);
  }

  @GET
  @Path("/{deliveryId}")
  @RolesAllowed({
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN,
    Roles.COORDINATOR,
    Roles.ADMIN
  })
  @Operation(summary = "One delivery and its attempts")
  @APIResponse(responseCode = "200", description = "The delivery")
  @APIResponse(responseCode = "404", description = "Unknown, or not visible to you")
  public DeliveryView get(@PathParam("deliveryId") UUID deliveryId) {
    return history.get(deliveryId);
  }

  @POST
  @Path("/{deliveryId}/retry")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Send a dead delivery again")
  @APIResponse(responseCode = "200", description = "Queued again")
  @APIResponse(responseCode = "404", description = "Unknown delivery")
  @APIResponse(responseCode = "409", description = "The delivery is not dead")
  public DeliveryView retry(@PathParam("deliveryId") UUID deliveryId) {
    return history.retry(deliveryId);
  }
}
