package org.kapcare.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.kapcare.gateway.client.Backends.InboxItem;
import org.kapcare.gateway.client.Backends.Page;
import org.kapcare.gateway.client.Backends.UnreadCount;
import org.kapcare.platform.correlation.CorrelationId;

/** notification-service, as the views call it: the caller's own inbox. */
@RegisterRestClient(configKey = "notifications")
@RegisterProvider(BackendErrors.class)
@Produces(Backends.JSON)
interface NotificationsApi {

  @GET
  @Path("/inbox/unread-count")
  Uni<UnreadCount> unreadCount(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam(CorrelationId.HEADER) String correlationId);

  @GET
  @Path("/inbox")
  Uni<Page<InboxItem>> inbox(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam(CorrelationId.HEADER) String correlationId,
      @QueryParam("limit") int limit);
}
