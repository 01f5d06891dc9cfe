package org.kapcare.scheduling.provider;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.Created;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.location.ClinicSetup;
import org.kapcare.scheduling.location.LocationRequests;
import org.kapcare.scheduling.openapi.ApiExamples;

/** The staff directory. */
@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
@SecurityRequirement(name = "SecurityScheme")
public class ProviderResource {

  private final ProviderDirectory providers;
  private final ClinicSetup setup;

  ProviderResource(ProviderDirectory providers, ClinicSetup setup) {
    this.providers = providers;
    this.setup = setup;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Register a bookable provider",
      description =
          "The person must be an enabled Keycloak user with a clinical realm role (therapist,"
              + " prescriber, nurse, chaplain) and no client role; roles and e-mail are read from"
              + " Keycloak. Emits ProviderRegistered.")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProviderView.class),
              examples = @ExampleObject(name = "registered", value = ApiExamples.PROVIDER_VIEW)))
  @APIResponse(responseCode = "409", description = "Already registered")
  @APIResponse(
      responseCode = "422",
      description =
          "Unknown to Keycloak, a client, no clinical role, a role not held, or no e-mail there")
  @APIResponse(responseCode = "503", description = "Keycloak did not answer")
  public RestResponse<ProviderView> register(
      @Valid @NotNull RegisterProviderRequest request, UriInfo uri) {
    Provider p = providers.register(request);
    return Created.at(uri, p.id, ProviderView.of(p));
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
  @APIResponse(
      responseCode = "200",
      description = "The provider",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProviderView.class),
              examples = @ExampleObject(name = "provider", value = ApiExamples.PROVIDER_VIEW)))
  @APIResponse(responseCode = "404", description = "No such provider")
  public ProviderView get(
      @Parameter(example = ApiExamples.THERAPIST) @PathParam("providerId") UUID providerId) {
    return ProviderView.of(providers.get(providerId));
  }

  @PUT
  @Path("/{providerId}/working-hours")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(summary = "Replace a provider's weekly hours at a site (in the site's time zone)")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT),
              examples =
                  @ExampleObject(name = "replaced", value = ApiExamples.WORKING_HOURS_REPLACED)))
  @APIResponse(responseCode = "404", description = "No such provider or location")
  @APIResponse(responseCode = "422", description = "A span ends before it starts")
  public Map<String, UUID> setWorkingHours(
      @Parameter(example = ApiExamples.THERAPIST) @PathParam("providerId") UUID providerId,
      @Valid @NotNull LocationRequests.WorkingHours request) {
    setup.setWorkingHours(providerId, request);
    return Map.of("providerId", providerId, "locationId", request.locationId());
  }

  @POST
  @Path("/{providerId}/exceptions")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @ResponseStatus(201)
  @Operation(summary = "Time off (anywhere) or extra hours (at a site) for a provider")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT),
              examples = @ExampleObject(name = "recorded", value = ApiExamples.EXCEPTION_CREATED)))
  @APIResponse(responseCode = "404", description = "No such provider or location")
  @APIResponse(
      responseCode = "422",
      description = "The period ends first, or extra hours lack a site")
  public Map<String, UUID> addException(
      @Parameter(example = ApiExamples.THERAPIST) @PathParam("providerId") UUID providerId,
      @Valid @NotNull LocationRequests.ScheduleException request) {
    return Map.of("id", setup.addException(providerId, request));
  }
}
