package org.kapcare.scheduling.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.kapcare.platform.security.Roles;

/** Waitlists: join, see your entries, accept an offered slot. */
@Path("/waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waitlist")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.CLIENT, Roles.THERAPIST, Roles.PRESCRIBER, Roles.COORDINATOR, Roles.ADMIN})
public class WaitlistResource {

  private final Waitlist waitlist;

  WaitlistResource(Waitlist waitlist) {
    this.waitlist = waitlist;
  }

  /** Who waits for what. */
  public record JoinRequest(
      @Schema(example = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01") @NotNull UUID clientId,
      @Schema(example = "preparation") @NotBlank String typeCode,
      @Schema(example = "6b3f7c2e-1d4a-4e8b-9f00-1a2b3c4d5e6f") @NotNull UUID locationId,
      @Schema(example = "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01") UUID providerId) {}

  /** An entry as the API shows it. */
  public record EntryView(
      UUID id,
      UUID clientId,
      String typeCode,
      UUID locationId,
      UUID providerId,
      boolean priority,
      WaitlistEntry.Status status,
      UUID offerAppointmentId,
      Instant offerExpiresAt) {

    static EntryView of(WaitlistEntry e) {
      return new EntryView(
          e.id,
          e.clientId,
          e.typeCode,
          e.locationId,
          e.providerId,
          e.priority,
          e.status,
          e.offerAppointmentId,
          e.offerExpiresAt);
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @ResponseStatus(201)
  @Operation(summary = "Wait for a freed slot of a type at a site (optionally with one provider)")
  @APIResponse(responseCode = "201", description = "Waiting")
  @APIResponse(responseCode = "404", description = "Unknown client")
  public EntryView join(@Valid @NotNull JoinRequest request) {
    return EntryView.of(
        waitlist.join(
            request.clientId(), request.typeCode(), request.locationId(), request.providerId()));
  }

  @GET
  @Operation(summary = "A client's waitlist entries and offers")
  @APIResponse(responseCode = "200", description = "Entries, oldest first")
  public List<EntryView> of(@QueryParam("clientId") @NotNull UUID clientId) {
    return waitlist.of(clientId).stream().map(EntryView::of).toList();
  }

  @POST
  @Path("/{entryId}/accept")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Take the offered slot: it is booked",
      description = "Emits AppointmentBooked.")
  @APIResponse(responseCode = "200", description = "Booked")
  @APIResponse(responseCode = "409", description = "No open offer (none, lapsed or taken)")
  public EntryView accept(@PathParam("entryId") UUID entryId) {
    return EntryView.of(waitlist.accept(entryId));
  }
}
