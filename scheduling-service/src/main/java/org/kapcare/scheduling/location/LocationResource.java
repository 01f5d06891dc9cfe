package org.kapcare.scheduling.location;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.kapcare.platform.security.Roles;

/** Clinic set-up: sites, rooms and the prescriber rota. Admins and coordinators. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clinic set-up")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class LocationResource {

  private final ClinicSetup setup;

  LocationResource(ClinicSetup setup) {
    this.setup = setup;
  }

  /** A site as the API shows it. */
  public record LocationView(UUID id, String name, String timeZone, String phone) {}

  /** A room as the API shows it. */
  public record RoomView(UUID id, UUID locationId, String name, List<String> equipment) {}

  @POST
  @Path("locations")
  @ResponseStatus(201)
  @Operation(summary = "Add a clinic site")
  @APIResponse(responseCode = "201", description = "Created")
  public LocationView createLocation(@Valid @NotNull LocationRequests.NewLocation request) {
    Location l = setup.createLocation(request);
    return new LocationView(l.id, l.name, l.timeZone, l.phone);
  }

  @POST
  @Path("locations/{locationId}/rooms")
  @ResponseStatus(201)
  @Operation(summary = "Add a room or chair with its equipment")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "404", description = "No such location")
  @APIResponse(responseCode = "409", description = "A room of that name exists there")
  public RoomView addRoom(
      @PathParam("locationId") UUID locationId, @Valid @NotNull LocationRequests.NewRoom request) {
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
  @Operation(summary = "The active rooms of a site")
  @APIResponse(responseCode = "200", description = "Rooms by name")
  @APIResponse(responseCode = "404", description = "No such location")
  public List<RoomView> rooms(@PathParam("locationId") UUID locationId) {
    return setup.rooms(locationId).stream().map(LocationResource::view).toList();
  }

  @POST
  @Path("duty-shifts")
  @ResponseStatus(201)
  @Operation(summary = "Put a prescriber on duty at a site")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "Another prescriber is on duty then")
  @APIResponse(responseCode = "422", description = "Not a prescriber, or the shift ends first")
  public Map<String, UUID> addDutyShift(@Valid @NotNull LocationRequests.NewDutyShift request) {
    return Map.of("id", setup.addDutyShift(request));
  }

  private static RoomView view(Room r) {
    return new RoomView(r.id, r.locationId, r.name, List.copyOf(r.equipment));
  }
}
