package org.kapcare.scheduling.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.openapi.ApiExamples;

/** Scheduling's view of a client, for the people who book for them. */
@Path("/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Clients",
    description =
        "What scheduling knows of a client: the care team it books with and preferred times")
@SecurityRequirement(name = "SecurityScheme")
public class ClientResource {

  private final ClientProjection clients;

  ClientResource(ClientProjection clients) {
    this.clients = clients;
  }

  /** Time zone and the therapist and prescriber who are booked with the client. */
  public record SchedulingContext(
      @Schema(example = ApiExamples.CLIENT) UUID id,
      @Schema(example = ApiExamples.ZONE) String timeZone,
      @Schema(example = ApiExamples.THERAPIST) UUID therapistId,
      @Schema(example = ApiExamples.PRESCRIBER) UUID prescriberId,
      @Schema(example = "14:00:00") LocalTime preferredStart,
      @Schema(example = "18:00:00") LocalTime preferredEnd) {}

  /** The times of day a client prefers (local time at the clinic); both or neither. */
  public record PreferredTimes(
      @Schema(example = "14:00") LocalTime preferredStart,
      @Schema(example = "18:00") LocalTime preferredEnd) {

    @AssertTrue(message = "give both times, the end after the start, or neither")
    @Schema(hidden = true)
    boolean isComplete() {
      return preferredStart == null
          ? preferredEnd == null
          : preferredEnd != null && preferredEnd.isAfter(preferredStart);
    }
  }

  @GET
  @Path("/{clientId}")
  @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
  @Operation(summary = "A client's scheduling context")
  @APIResponse(
      responseCode = "200",
      description = "The client's scheduling context",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SchedulingContext.class),
              examples = @ExampleObject(name = "context", value = ApiExamples.SCHEDULING_CONTEXT)))
  @APIResponse(responseCode = "404", description = "Scheduling has not heard of this client")
  public SchedulingContext get(
      @Parameter(example = ApiExamples.CLIENT) @PathParam("clientId") UUID clientId) {
    return context(clients.get(clientId));
  }

  @PUT
  @Path("/{clientId}/preferred-times")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLIENT, Roles.THERAPIST, Roles.PRESCRIBER, Roles.COORDINATOR, Roles.ADMIN})
  @Operation(
      summary = "The times of day a client prefers",
      description = "Slot search, course planning and automatic integration booking keep to them.")
  @APIResponse(
      responseCode = "200",
      description = "Saved",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SchedulingContext.class),
              examples = @ExampleObject(name = "saved", value = ApiExamples.SCHEDULING_CONTEXT)))
  @APIResponse(responseCode = "404", description = "Scheduling has not heard of this client")
  public SchedulingContext setPreferredTimes(
      @Parameter(example = ApiExamples.CLIENT) @PathParam("clientId") UUID clientId,
      @Valid @NotNull PreferredTimes times) {
    return context(
        clients.setPreferredTimes(clientId, times.preferredStart(), times.preferredEnd()));
  }

  private static SchedulingContext context(ScheduledClient c) {
    return new SchedulingContext(
        c.id, c.timeZone, c.therapistId, c.prescriberId, c.preferredStart, c.preferredEnd);
  }
}
