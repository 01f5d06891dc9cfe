package org.kapcare.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.kapcare.gateway.client.Backends.Assessment;
import org.kapcare.gateway.client.Backends.ChartSummary;
import org.kapcare.gateway.client.Backends.Handoff;
import org.kapcare.gateway.client.Backends.Page;
import org.kapcare.platform.correlation.CorrelationId;

/** clinical-record-service, as the views call it. */
@RegisterRestClient(configKey = "records")
@RegisterProvider(BackendErrors.class)
@Produces(Backends.JSON)
interface RecordsApi {

  @GET
  @Path("/clients/{clientId}/summary")
  Uni<ChartSummary> summary(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam(CorrelationId.HEADER) String correlationId,
      @PathParam("clientId") UUID clientId);

  @GET
  @Path("/clients/{clientId}/assessments")
  Uni<List<Assessment>> assessments(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam(CorrelationId.HEADER) String correlationId,
      @PathParam("clientId") UUID clientId,
      @QueryParam("instrument") String instrument);

  @GET
  @Path("/handoffs/open")
  Uni<Page<Handoff>> openHandoffs(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam(CorrelationId.HEADER) String correlationId,
      @QueryParam("priority") String priority,
      @QueryParam("limit") int limit);
}
