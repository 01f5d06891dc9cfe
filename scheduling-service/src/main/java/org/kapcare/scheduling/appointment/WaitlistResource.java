package org.kapcare.scheduling.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.kapcare.scheduling.paging.Pages;

/** Waitlists: join, see your entries, accept an offered slot. */
@Path("/waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Waitlist",
    description = "Waiting for an earlier time: a freed slot is held for the first client it suits")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.CLIENT, Roles.THERAPIST, Roles.PRESCRIBER, Roles.COORDINATOR, Roles.ADMIN})
public class WaitlistResource {

  private final Waitlist waitlist;

  WaitlistResource(Waitlist waitlist) {
    this.waitlist = waitlist;
  }

  /** Who waits for what. */
  public record JoinRequest(
      @Schema(example = ApiExamples.CLIENT) @NotNull UUID clientId,
      @Schema(example = "preparation") @NotBlank String typeCode,
      @Schema(example = ApiExamples.LOCATION) @NotNull UUID locationId,
      @Schema(
              description = "Only with this provider; none for any",
              example = ApiExamples.THERAPIST)
          UUID providerId) {}

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

  /** The OpenAPI shape of a page of entries ({@link Page} is generic). */
  @Schema(name = "PageEntryView")
  public record EntryPage(
      java.util.List<EntryView> items,
      @Schema(
              description = "Pass back as `cursor` for the next page; null on the last",
              example = ApiExamples.WAITLIST_CURSOR)
          String next) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @ResponseStatus(201)
  @Operation(summary = "Wait for a freed slot of a type at a site (optionally with one provider)")
  @APIResponse(
      responseCode = "201",
      description = "Waiting",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryView.class),
              examples = @ExampleObject(name = "waiting", value = ApiExamples.WAITLIST_WAITING)))
  @APIResponse(responseCode = "404", description = "Unknown client")
  public EntryView join(@Valid @NotNull JoinRequest request) {
    return EntryView.of(
        waitlist.join(
            request.clientId(), request.typeCode(), request.locationId(), request.providerId()));
  }

  @GET
  @Operation(
      summary = "A client's waitlist entries and offers, paged",
      description = "Pass `next` back as `cursor` for the following page.")
  @APIResponse(
      responseCode = "200",
      description = "One page of entries, oldest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryPage.class),
              examples = @ExampleObject(name = "page", value = ApiExamples.WAITLIST_PAGE)))
  @APIResponse(responseCode = "404", description = "Unknown client")
  public Page<EntryView> of(
      @Parameter(example = ApiExamples.CLIENT) @QueryParam("clientId") @NotNull UUID clientId,
      @Parameter(
              description = "`next` of the previous page; none for the first",
              example = ApiExamples.WAITLIST_CURSOR)
          @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(Cursor.MAX_LIMIT)
          int limit) {
    return Pages.of(
        waitlist.of(clientId, Cursor.decode(cursor), limit + 1),
        limit,
        EntryView::of,
        e -> new Cursor(e.createdAt, e.id).encode());
  }

  @POST
  @Path("/{entryId}/accept")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Take the offered slot: it is booked",
      description = "Emits AppointmentBooked.")
  @APIResponse(
      responseCode = "200",
      description = "Booked",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryView.class),
              examples = @ExampleObject(name = "booked", value = ApiExamples.WAITLIST_BOOKED)))
  @APIResponse(responseCode = "404", description = "No such entry")
  @APIResponse(responseCode = "409", description = "No open offer (none, lapsed or taken)")
  public EntryView accept(
      @Parameter(example = ApiExamples.WAITLIST_ENTRY) @PathParam("entryId") UUID entryId) {
    return EntryView.of(waitlist.accept(entryId));
  }
}
