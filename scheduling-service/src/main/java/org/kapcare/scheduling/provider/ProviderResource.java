package org.kapcare.scheduling.provider;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
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
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.location.ClinicSetup;
import org.kapcare.scheduling.location.LocationRequests;
import org.kapcare.scheduling.location.ScheduleViews;
import org.kapcare.scheduling.openapi.ApiExamples;
import org.kapcare.scheduling.paging.KeyCursor;
import org.kapcare.scheduling.paging.Pages;

/**
 * The staff directory: admins and coordinators keep it, all staff read it (no PHI, not audited).
 */
@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Providers",
    description =
        "The bookable staff: who they are (from the identity provider), their weekly hours per site and their time off")
@SecurityRequirement(name = "SecurityScheme")
public class ProviderResource {

  private final ProviderDirectory providers;
  private final ClinicSetup setup;

  ProviderResource(ProviderDirectory providers, ClinicSetup setup) {
    this.providers = providers;
    this.setup = setup;
  }

  /** The OpenAPI shape of a page of providers ({@link Page} is generic). */
  @Schema(name = "PageProviderView")
  public record ProviderPage(
      List<ProviderView> items,
      @Schema(
              description = "Pass back as `cursor` for the next page; null on the last",
              example = ApiExamples.PROVIDER_CURSOR)
          String next) {}

  @GET
  @RolesAllowed({
    Roles.ADMIN,
    Roles.COORDINATOR,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN
  })
  @Operation(
      summary = "The providers by display name, paged",
      description =
          "Optionally only those booked in `role`, with working hours at `locationId`, or whose"
              + " display name contains `name` (case-insensitive); filters combine. Pass `next`"
              + " back as `cursor` for the following page.")
  @APIResponse(
      responseCode = "200",
      description = "One page of providers, by display name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProviderPage.class),
              examples = @ExampleObject(name = "page", value = ApiExamples.PROVIDER_PAGE)))
  @APIResponse(responseCode = "404", description = "No such location")
  public Page<ProviderView> list(
      @Parameter(description = "Part of the display name, any case", example = "morrow")
          @QueryParam("name")
          @Size(max = 200)
          String name,
      @Parameter(description = "Booked in this role", example = "THERAPIST") @QueryParam("role")
          ProviderRole role,
      @Parameter(description = "Works at this site", example = ApiExamples.LOCATION)
          @QueryParam("locationId")
          UUID locationId,
      @Parameter(
              description = "`next` of the previous page; none for the first",
              example = ApiExamples.PROVIDER_CURSOR)
          @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(Cursor.MAX_LIMIT)
          int limit) {
    if (locationId != null) {
      setup.location(locationId);
    }
    String pattern = name == null || name.isBlank() ? null : ClinicSetup.containing(name);
    return Pages.of(
        providers.list(pattern, role, locationId, KeyCursor.decode(cursor), limit + 1),
        limit,
        ProviderView::of,
        p -> KeyCursor.of(p.displayName, p.id).encode());
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

  @GET
  @Path("/{providerId}/working-hours")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.COORDINATOR,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN
  })
  @Operation(
      summary = "A provider's weekly hours at each site (in each site's time zone)",
      description =
          "One entry per site where the provider works, sites by name, in the shape PUT takes;"
              + " only `locationId` when given.")
  @APIResponse(
      responseCode = "200",
      description = "The weekly hours",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScheduleViews.ProviderWorkingHours.class),
              examples = @ExampleObject(name = "hours", value = ApiExamples.PROVIDER_HOURS)))
  @APIResponse(responseCode = "404", description = "No such provider or location")
  public ScheduleViews.ProviderWorkingHours workingHours(
      @Parameter(example = ApiExamples.THERAPIST) @PathParam("providerId") UUID providerId,
      @Parameter(description = "Only this site", example = ApiExamples.LOCATION)
          @QueryParam("locationId")
          UUID locationId) {
    return new ScheduleViews.ProviderWorkingHours(
        providerId, setup.workingHours(providerId, locationId));
  }

  @GET
  @Path("/{providerId}/exceptions")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.COORDINATOR,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN
  })
  @Operation(
      summary = "A provider's time off and extra hours in a period, by start, paged",
      description =
          "The exceptions that overlap [from, to), at most 366 days. Pass `next` back as `cursor`"
              + " for the following page.")
  @APIResponse(
      responseCode = "200",
      description = "One page of exceptions, by start",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScheduleViews.ScheduleExceptionPage.class),
              examples = @ExampleObject(name = "page", value = ApiExamples.EXCEPTION_PAGE)))
  @APIResponse(responseCode = "404", description = "No such provider")
  @APIResponse(
      responseCode = "422",
      description = "`to` is not after `from`, or more than 366 days later (invalid-range)")
  public Page<ScheduleViews.ScheduleExceptionView> exceptions(
      @Parameter(example = ApiExamples.THERAPIST) @PathParam("providerId") UUID providerId,
      @Parameter(description = "Ends after", example = ApiExamples.FROM)
          @QueryParam("from")
          @NotNull
          Instant from,
      @Parameter(description = "Starts before", example = ApiExamples.TO) @QueryParam("to") @NotNull
          Instant to,
      @Parameter(
              description = "`next` of the previous page; none for the first",
              example = ApiExamples.EXCEPTION_CURSOR)
          @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(Cursor.MAX_LIMIT)
          int limit) {
    return Pages.of(
        setup.exceptions(providerId, from, to, Cursor.decode(cursor), limit + 1),
        limit,
        x -> x,
        x -> new Cursor(x.startsAt(), x.id()).encode());
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
