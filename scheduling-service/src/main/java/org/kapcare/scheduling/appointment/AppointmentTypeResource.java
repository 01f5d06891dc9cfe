package org.kapcare.scheduling.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.security.Roles;

/** Appointment types are data an admin edits: durations, roles, equipment, self-booking. */
@Path("/appointment-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointment types")
@SecurityRequirement(name = "SecurityScheme")
public class AppointmentTypeResource {

  /** A type as the API shows and takes it. */
  public record TypeView(
      @NotBlank @Size(max = 120) String name,
      @Min(5) @Max(720) int minutes,
      @NotEmpty List<@Pattern(regexp = "therapist|prescriber|nurse|chaplain") String> providerRoles,
      List<@NotBlank @Size(max = 40) String> roomEquipment,
      boolean dosing,
      boolean integration,
      boolean clientSelfBooking,
      String code,
      long version) {

    static TypeView of(AppointmentType t) {
      return new TypeView(
          t.name,
          t.minutes,
          List.copyOf(t.providerRoles),
          t.roomEquipment == null ? null : List.copyOf(t.roomEquipment),
          t.dosing,
          t.integration,
          t.clientSelfBooking,
          t.code,
          t.version);
    }
  }

  @GET
  @RolesAllowed({
    Roles.CLIENT,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN,
    Roles.COORDINATOR,
    Roles.ADMIN
  })
  @Operation(summary = "Every appointment type")
  @APIResponse(responseCode = "200", description = "Types by code")
  public List<TypeView> list() {
    return AppointmentType.<AppointmentType>listAll(io.quarkus.panache.common.Sort.by("code"))
        .stream()
        .map(TypeView::of)
        .toList();
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Transactional
  @Operation(
      summary = "Change a type (If-Match with its version)",
      description = "Applies to bookings made from now on; booked sessions keep their times.")
  @APIResponse(responseCode = "200", description = "Changed")
  @APIResponse(responseCode = "404", description = "No such type")
  public RestResponse<TypeView> update(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull TypeView change) {
    AppointmentType t = AppointmentBook.type(code);
    EntityVersions.requireMatch(ifMatch, t.version);
    t.name = change.name().strip();
    t.minutes = change.minutes();
    t.providerRoles = List.copyOf(change.providerRoles());
    t.roomEquipment = change.roomEquipment() == null ? null : List.copyOf(change.roomEquipment());
    t.dosing = change.dosing();
    t.integration = change.integration();
    t.clientSelfBooking = change.clientSelfBooking() && !change.dosing();
    AppointmentType.flush();
    return EntityVersions.ok(TypeView.of(t), t.version);
  }
}
