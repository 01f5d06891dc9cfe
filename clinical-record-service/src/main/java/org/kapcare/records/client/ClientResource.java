package org.kapcare.records.client;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.security.Roles;

/** Enrollment and demographics of clients. */
@Path("/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
@SecurityRequirement(name = "SecurityScheme")
public class ClientResource {

  private final ClientService clients;

  ClientResource(ClientService clients) {
    this.clients = clients;
  }

  @POST
  @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
  @Operation(summary = "Enroll a client", description = "Emits ClientEnrolled.")
  @APIResponse(responseCode = "201", description = "Enrolled")
  @APIResponse(responseCode = "409", description = "Already enrolled, or the e-mail is in use")
  public RestResponse<ClientView> enroll(@Valid @NotNull EnrollClientRequest request, UriInfo uri) {
    Client client = clients.enroll(request);
    return RestResponse.ResponseBuilder.<ClientView>created(
            uri.getAbsolutePathBuilder().path(client.id.toString()).build())
        .entity(ClientView.of(client))
        .build();
  }

  @GET
  @Path("/{clientId}")
  @RolesAllowed({Roles.CLIENT, Roles.COORDINATOR, Roles.ADMIN})
  @Operation(summary = "A client's demographics", description = "The client themself or staff.")
  @APIResponse(responseCode = "200", description = "The client")
  @APIResponse(responseCode = "404", description = "No such client")
  public ClientView get(@PathParam("clientId") UUID clientId) {
    return ClientView.of(clients.demographics(clientId));
  }
}
