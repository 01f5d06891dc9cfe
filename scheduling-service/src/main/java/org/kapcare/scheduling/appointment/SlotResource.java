package org.kapcare.scheduling.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.client.ScheduledClient;

/** Free slots that keep every booking rule. */
@Path("/slots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({
  Roles.CLIENT,
  Roles.THERAPIST,
  Roles.PRESCRIBER,
  Roles.NURSE,
  Roles.CHAPLAIN,
  Roles.COORDINATOR,
  Roles.ADMIN
})
public class SlotResource {

  private final SlotFinder finder;
  private final AppointmentBook book;

  SlotResource(SlotFinder finder, AppointmentBook book) {
    this.finder = finder;
    this.book = book;
  }

  @GET
  @Operation(
      summary = "The next free slots for a type and a client",
      description =
          "Every rule of booking applies (working hours in the clinic's zone, eligibility,"
              + " preparation, prescriber on duty, dosing spacing, equipment, overlaps);"
              + " optionally only between preferred local times of day.")
  @APIResponse(responseCode = "200", description = "Up to `limit` slots, earliest first")
  @APIResponse(responseCode = "404", description = "Unknown client or location")
  @APIResponse(responseCode = "422", description = "Unknown type, or an impossible range")
  public List<Slot> find(
      @QueryParam("type") @NotBlank String type,
      @QueryParam("clientId") @NotNull UUID clientId,
      @QueryParam("locationId") @NotNull UUID locationId,
      @QueryParam("from") @NotNull Instant from,
      @QueryParam("days") @DefaultValue("14") @Min(1) @Max(56) int days,
      @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
      @QueryParam("preferredStart") LocalTime preferredStart,
      @QueryParam("preferredEnd") LocalTime preferredEnd) {
    ScheduledClient client = ScheduledClient.findById(clientId);
    if (client == null) {
      throw ProblemException.notFound("client", clientId);
    }
    book.mayBookFor(client, AppointmentBook.type(type));
    return finder.find(
        new SlotQuery(
            type,
            clientId,
            locationId,
            from,
            from.plus(days, ChronoUnit.DAYS),
            limit,
            preferredStart != null ? preferredStart : client.preferredStart,
            preferredEnd != null ? preferredEnd : client.preferredEnd,
            null,
            false));
  }
}
