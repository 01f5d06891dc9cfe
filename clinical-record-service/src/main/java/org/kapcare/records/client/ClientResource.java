package org.kapcare.records.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.platform.http.Created;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.idempotency.IdempotentCreation;
import org.kapcare.platform.security.Roles;

/** Enrollment and demographics of clients. */
@Path("/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
@SecurityRequirement(name = "SecurityScheme")
public class ClientResource {

  private final ClientService clients;
  private final IdempotentCreation idempotent;

  ClientResource(ClientService clients, IdempotentCreation idempotent) {
    this.clients = clients;
    this.idempotent = idempotent;
  }

  @POST
  @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
  @Operation(summary = "Enroll a client", description = "Emits ClientEnrolled.")
  @APIResponse(
      responseCode = "201",
      description = "Enrolled",
      content = @Content(schema = @Schema(implementation = ClientView.class)))
  @APIResponse(responseCode = "422", description = "An Idempotency-Key reused for another body")
  @APIResponse(responseCode = "409", description = "Already enrolled, or the e-mail is in use")
  public Response enroll(
      @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
      @Valid @NotNull EnrollClientRequest request,
      UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        "POST /clients",
        request,
        () -> {
          Client client = clients.enroll(request);
          return new IdempotentCreation.Created(
              Created.location(uri, client.id),
              EntityVersions.tag(client.version),
              ClientView.of(client));
        });
  }

  @GET
  @Path("/{clientId}")
  @RolesAllowed("**")
  @Operation(
      summary = "A client's demographics",
      description = "The client, the care team, coordinators, admins.")
  @APIResponse(responseCode = "200", description = "The client")
  @APIResponse(responseCode = "404", description = "No such client")
  public ClientView get(@PathParam("clientId") UUID clientId) {
    return ClientView.of(clients.demographics(clientId));
  }
}
