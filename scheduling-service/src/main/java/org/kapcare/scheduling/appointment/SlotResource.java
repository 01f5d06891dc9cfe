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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.client.ScheduledClient;
import org.kapcare.scheduling.openapi.ApiExamples;

/** Free slots that keep every booking rule. */
@Path("/slots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Appointments",
    description =
        "Free slots, booking, and each appointment's lifecycle: confirm, check in, complete, reschedule, cancel")
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
  private final AppointmentAccess access;

  SlotResource(SlotFinder finder, AppointmentAccess access) {
    this.finder = finder;
    this.access = access;
  }

  @GET
  @Operation(
      summary = "The next free slots for a type and a client",
      description =
          "Every rule of booking applies (working hours in the clinic's zone, eligibility,"
              + " preparation, prescriber on duty, dosing spacing, equipment, overlaps);"
              + " optionally only between preferred local times of day.")
  @APIResponse(
      responseCode = "200",
      description = "Up to `limit` slots, earliest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Slot.class),
              examples = @ExampleObject(name = "slots", value = ApiExamples.SLOTS)))
  @APIResponse(responseCode = "404", description = "Unknown client or location")
  @APIResponse(responseCode = "422", description = "Unknown type, or an impossible range")
  public List<Slot> find(
      @Parameter(description = "An appointment type's code", example = "dosing-sublingual")
          @QueryParam("type")
          @NotBlank
          String type,
      @Parameter(example = ApiExamples.CLIENT) @QueryParam("clientId") @NotNull UUID clientId,
      @Parameter(example = ApiExamples.LOCATION) @QueryParam("locationId") @NotNull UUID locationId,
      @Parameter(description = "Search from this instant", example = ApiExamples.FROM)
          @QueryParam("from")
          @NotNull
          Instant from,
      @Parameter(description = "How many days to search, 1 to 56", example = "14")
          @QueryParam("days")
          @DefaultValue("14")
          @Min(1)
          @Max(56)
          int days,
      @Parameter(description = "At most this many slots, 1 to 100", example = "10")
          @QueryParam("limit")
          @DefaultValue("10")
          @Min(1)
          @Max(100)
          int limit,
      @Parameter(
              description = "Earliest local start at the site; the client's preference if absent",
              example = "09:00")
          @QueryParam("preferredStart")
          LocalTime preferredStart,
      @Parameter(
              description = "Latest local end at the site; the client's preference if absent",
              example = "13:00")
          @QueryParam("preferredEnd")
          LocalTime preferredEnd) {
    ScheduledClient client = ScheduledClient.findById(clientId);
    if (client == null) {
      throw ProblemException.notFound("client", clientId);
    }
    access.mayBookFor(client, AppointmentBook.type(type));
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
            false,
            access.restrictedToCareTeam()));
  }
}
