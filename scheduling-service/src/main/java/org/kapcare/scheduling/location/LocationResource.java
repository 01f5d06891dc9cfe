package org.kapcare.scheduling.location;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.openapi.ApiExamples;
import org.kapcare.scheduling.paging.KeyCursor;
import org.kapcare.scheduling.paging.Pages;

/**
 * Clinic set-up: sites, rooms and the prescriber rota. Admins and coordinators set it up; all staff
 * read it (no PHI, so reads are not audited).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Clinic set-up",
    description = "The clinic's sites, rooms with their equipment, and the prescriber rota")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class LocationResource {

  private final ClinicSetup setup;

  LocationResource(ClinicSetup setup) {
    this.setup = setup;
  }

  /** A site as the API shows it. */
  public record LocationView(
      @Schema(example = ApiExamples.LOCATION) UUID id,
      @Schema(example = "Denver clinic") String name,
      @Schema(example = ApiExamples.ZONE) String timeZone,
      @Schema(example = "+13035550100") String phone) {}

  /** A room as the API shows it. */
  public record RoomView(
      @Schema(example = ApiExamples.ROOM) UUID id,
      @Schema(example = ApiExamples.LOCATION) UUID locationId,
      @Schema(example = "Cedar room") String name,
      @Schema(example = "[\"music-system\", \"recliner\", \"vitals-monitor\"]")
          List<String> equipment) {}

  /** The OpenAPI shape of a page of rooms ({@link Page} is generic). */
  @Schema(name = "PageRoomView")
  public record RoomPage(
      List<RoomView> items,
      @Schema(
              description = "Pass back as `cursor` for the next page; null on the last",
              example = ApiExamples.ROOM_CURSOR)
          String next) {}

  /** The OpenAPI shape of a page of sites ({@link Page} is generic). */
  @Schema(name = "PageLocationView")
  public record LocationPage(
      List<LocationView> items,
      @Schema(
              description = "Pass back as `cursor` for the next page; null on the last",
              example = ApiExamples.LOCATION_CURSOR)
          String next) {}

  @POST
  @Path("locations")
  @ResponseStatus(201)
  @Operation(summary = "Add a clinic site")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LocationView.class),
              examples = @ExampleObject(name = "created", value = ApiExamples.LOCATION_VIEW)))
  public LocationView createLocation(@Valid @NotNull LocationRequests.NewLocation request) {
    return locationView(setup.createLocation(request));
  }

  @GET
  @Path("locations")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.COORDINATOR,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN
  })
  @Operation(
      summary = "The clinic's sites by name, paged",
      description =
          "Optionally only the sites whose name contains `name` (case-insensitive). Pass `next`"
              + " back as `cursor` for the following page.")
  @APIResponse(
      responseCode = "200",
      description = "One page of sites, by name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LocationPage.class),
              examples = @ExampleObject(name = "page", value = ApiExamples.LOCATION_PAGE)))
  public Page<LocationView> locations(
      @Parameter(description = "Part of the name, any case", example = "clinic")
          @QueryParam("name")
          @Size(max = 120)
          String name,
      @Parameter(
              description = "`next` of the previous page; none for the first",
              example = ApiExamples.LOCATION_CURSOR)
          @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(Cursor.MAX_LIMIT)
          int limit) {
    return Pages.of(
        setup.locations(name, KeyCursor.decode(cursor), limit + 1),
        limit,
        LocationResource::locationView,
        l -> KeyCursor.of(l.name, l.id).encode());
  }

  @GET
  @Path("locations/{locationId}")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.COORDINATOR,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN
  })
  @Operation(summary = "A clinic site")
  @APIResponse(
      responseCode = "200",
      description = "The site",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LocationView.class),
              examples = @ExampleObject(name = "site", value = ApiExamples.LOCATION_VIEW)))
  @APIResponse(responseCode = "404", description = "No such location")
  public LocationView location(
      @Parameter(example = ApiExamples.LOCATION) @PathParam("locationId") UUID locationId) {
    return locationView(setup.location(locationId));
  }

  @POST
  @Path("locations/{locationId}/rooms")
  @ResponseStatus(201)
  @Operation(summary = "Add a room or chair with its equipment")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RoomView.class),
              examples = @ExampleObject(name = "created", value = ApiExamples.ROOM_VIEW)))
  @APIResponse(responseCode = "404", description = "No such location")
  @APIResponse(responseCode = "409", description = "A room of that name exists there")
  public RoomView addRoom(
      @Parameter(example = ApiExamples.LOCATION) @PathParam("locationId") UUID locationId,
      @Valid @NotNull LocationRequests.NewRoom request) {
    return view(setup.addRoom(locationId, request));
  }

  @GET
  @Path("locations/{locationId}/rooms")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.COORDINATOR,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN
  })
  @Operation(
      summary = "The active rooms of a site by name, paged",
      description = "Pass `next` back as `cursor` for the following page.")
  @APIResponse(
      responseCode = "200",
      description = "One page of rooms, by name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RoomPage.class),
              examples = @ExampleObject(name = "page", value = ApiExamples.ROOM_PAGE)))
  @APIResponse(responseCode = "404", description = "No such location")
  public Page<RoomView> rooms(
      @Parameter(example = ApiExamples.LOCATION) @PathParam("locationId") UUID locationId,
      @Parameter(
              description = "`next` of the previous page; none for the first",
              example = ApiExamples.ROOM_CURSOR)
          @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(Cursor.MAX_LIMIT)
          int limit) {
    return Pages.of(
        setup.rooms(locationId, KeyCursor.decode(cursor), limit + 1),
        limit,
        LocationResource::view,
        r -> new KeyCursor(r.name).encode());
  }

  @POST
  @Path("duty-shifts")
  @ResponseStatus(201)
  @Operation(
      summary = "Put a prescriber on duty at a site",
      description = "Emits DutyShiftScheduled (urgent alerts go to the prescriber on duty).")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT),
              examples = @ExampleObject(name = "created", value = ApiExamples.DUTY_SHIFT_CREATED)))
  @APIResponse(responseCode = "404", description = "No such location or provider")
  @APIResponse(responseCode = "409", description = "Another prescriber is on duty then")
  @APIResponse(responseCode = "422", description = "Not a prescriber, or the shift ends first")
  public Map<String, UUID> addDutyShift(@Valid @NotNull LocationRequests.NewDutyShift request) {
    return Map.of("id", setup.addDutyShift(request));
  }

  @GET
  @Path("duty-shifts")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.COORDINATOR,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN
  })
  @Operation(
      summary = "The prescriber rota of a site in a period, by start, paged",
      description =
          "The shifts that overlap [from, to), at most 366 days. Pass `next` back as `cursor` for"
              + " the following page.")
  @APIResponse(
      responseCode = "200",
      description = "One page of shifts, by start",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScheduleViews.DutyShiftPage.class),
              examples = @ExampleObject(name = "page", value = ApiExamples.DUTY_SHIFT_PAGE)))
  @APIResponse(responseCode = "404", description = "No such location")
  @APIResponse(
      responseCode = "422",
      description = "`to` is not after `from`, or more than 366 days later (invalid-range)")
  public Page<ScheduleViews.DutyShiftView> dutyShifts(
      @Parameter(example = ApiExamples.LOCATION) @QueryParam("locationId") @NotNull UUID locationId,
      @Parameter(description = "Ends after", example = ApiExamples.FROM)
          @QueryParam("from")
          @NotNull
          Instant from,
      @Parameter(description = "Starts before", example = ApiExamples.TO) @QueryParam("to") @NotNull
          Instant to,
      @Parameter(
              description = "`next` of the previous page; none for the first",
              example = ApiExamples.DUTY_SHIFT_CURSOR)
          @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(Cursor.MAX_LIMIT)
          int limit) {
    return Pages.of(
        setup.dutyShifts(locationId, from, to, Cursor.decode(cursor), limit + 1),
        limit,
        s -> s,
        s -> new Cursor(s.startsAt(), s.id()).encode());
  }

  private static LocationView locationView(Location l) {
    return new LocationView(l.id, l.name, l.timeZone, l.phone);
  }

  private static RoomView view(Room r) {
    return new RoomView(r.id, r.locationId, r.name, List.copyOf(r.equipment));
  }
}
