package org.kapcare.scheduling.provider;

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

/** The staff directory. */
@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
@SecurityRequirement(name = "SecurityScheme")
public class ProviderResource {

  private final ProviderDirectory providers;

  ProviderResource(ProviderDirectory providers) {
    this.providers = providers;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(summary = "Register a bookable provider", description = "Emits ProviderRegistered.")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "409", description = "Already registered")
  public RestResponse<ProviderView> register(
      @Valid @NotNull RegisterProviderRequest request, UriInfo uri) {
    Provider p = providers.register(request);
    return RestResponse.ResponseBuilder.<ProviderView>created(
            uri.getAbsolutePathBuilder().path(p.id.toString()).build())
        .entity(ProviderView.of(p))
        .build();
  }

  @GET
  @Path("/{providerId}")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.COORDINATOR,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN
  })
  @Operation(summary = "A provider of the staff directory")
  @APIResponse(responseCode = "200", description = "The provider")
  @APIResponse(responseCode = "404", description = "No such provider")
  public ProviderView get(@PathParam("providerId") UUID providerId) {
    return ProviderView.of(providers.get(providerId));
  }
}
