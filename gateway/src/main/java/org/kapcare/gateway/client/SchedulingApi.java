package org.kapcare.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.kapcare.gateway.client.Backends.Appointment;
import org.kapcare.gateway.client.Backends.Page;
import org.kapcare.gateway.client.Backends.Room;
import org.kapcare.platform.correlation.CorrelationId;

/** scheduling-service, as the views call it. */
@RegisterRestClient(configKey = "scheduling")
@RegisterProvider(BackendErrors.class)
@Produces(Backends.JSON)
interface SchedulingApi {

  @GET
  @Path("/appointments")
  Uni<Page<Appointment>> appointments(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam(CorrelationId.HEADER) String correlationId,
      @QueryParam("clientId") UUID clientId,
      @QueryParam("providerId") UUID providerId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") int limit);

  @GET
  @Path("/locations/{locationId}/rooms")
  Uni<Page<Room>> rooms(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam(CorrelationId.HEADER) String correlationId,
      @PathParam("locationId") UUID locationId,
      @QueryParam("limit") int limit);
}
