package org.kapcare.scheduling.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.Created;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.idempotency.IdempotentCreation;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.openapi.ApiExamples;
import org.kapcare.scheduling.paging.KeyCursor;
import org.kapcare.scheduling.paging.Pages;

/** Booking and the appointment lifecycle. Changes need {@code If-Match} with the ETag. */
@Path("/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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
public class AppointmentResource {

  private final AppointmentBook book;
  private final AppointmentAccess access;
  private final IdempotentCreation idempotent;
  private final Caller caller;

  AppointmentResource(
      AppointmentBook book,
      AppointmentAccess access,
      IdempotentCreation idempotent,
      Caller caller) {
    this.book = book;
    this.access = access;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  /** A new start for a reschedule. */
  public record Reschedule(@Schema(example = "2026-12-04T17:00:00Z") @NotNull Instant startsAt) {}

  /**
   * Why an appointment is called off: a code the clients are told, and an optional note for staff
   * only (never sent to anyone).
   */
  public record Cancellation(
      @Schema(example = "ILLNESS") @NotNull CancellationReason reason,
      @Schema(
              description = "Internal; staff see it in the history",
              example = "flu, rebook in a week")
          @Size(max = 200)
          String note) {}

  /** The OpenAPI shape of a page of appointments ({@link Page} is generic). */
  @Schema(name = "PageAppointmentView")
  public record AppointmentPage(
      List<AppointmentView> items,
      @Schema(
              description = "Pass back as `cursor` for the next page; null on the last",
              example = ApiExamples.APPOINTMENT_CURSOR)
          String next) {}

  /** The OpenAPI shape of a page of an appointment's history. */
  @Schema(name = "PageChange")
  public record ChangePage(
      List<Change> items,
      @Schema(
              description = "Pass back as `cursor` for the next page; null on the last",
              example = ApiExamples.HISTORY_CURSOR)
          String next) {}

  /** One entry of an appointment's history. */
  public record Change(
      @Schema(example = "RESCHEDULED") String action,
      @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-12-04T17:00:00Z")
          Object startsAt,
      @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-12-04T19:00:00Z")
          Object endsAt,
      @Schema(description = "A cancellation reason code", example = "ILLNESS") String reason,
      @Schema(type = SchemaType.STRING, format = "uuid", example = ApiExamples.THERAPIST)
          Object changedBy,
      @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-11-23T18:41:07.015Z")
          Object at,
      @Schema(description = "Internal note; staff only", example = "flu, rebook in a week")
          String note) {}

  @POST
  @Operation(
      summary = "Book an appointment",
      description =
          "Runs the KAP rules (eligibility, preparation, prescriber on duty, dosing spacing,"
              + " integration window, roles, equipment, working hours); overlaps for provider,"
              + " room or client are refused by the database. Emits AppointmentBooked. Safe to"
              + " retry with an Idempotency-Key.")
  @APIResponse(
      responseCode = "201",
      description = "Booked",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentView.class),
              examples = @ExampleObject(name = "booked", value = ApiExamples.APPOINTMENT_BOOKED)))
  @APIResponse(responseCode = "404", description = "Unknown client, location, provider or room")
  @APIResponse(responseCode = "409", description = "A rule or an overlap refuses the time")
  @APIResponse(
      responseCode = "422",
      description = "Roles, equipment, integration window, or an Idempotency-Key reused")
  public Response book(
      @Parameter(
              description = "Makes a retry return the first answer instead of booking again",
              example = ApiExamples.IDEMPOTENCY_KEY)
          @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @Valid @NotNull BookAppointmentRequest request,
      UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        "POST /appointments",
        request,
        () -> {
          Appointment a = book.book(request);
          return new IdempotentCreation.Created(
              Created.location(uri, a.id), EntityVersions.tag(a.version), AppointmentView.of(a));
        });
  }

  @GET
  @Operation(
      summary = "Appointments by start time, paged",
      description =
          "A client sees their own; clinicians their own sessions (providerId) or a client on"
              + " their care team (clientId); coordinators and admins any. Pass `next` back as"
              + " `cursor` for the following page.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentPage.class),
              examples = @ExampleObject(name = "page", value = ApiExamples.APPOINTMENT_PAGE)))
  public Page<AppointmentView> list(
      @Parameter(example = ApiExamples.CLIENT) @QueryParam("clientId") UUID clientId,
      @Parameter(example = ApiExamples.THERAPIST) @QueryParam("providerId") UUID providerId,
      @Parameter(description = "Starts at or after", example = ApiExamples.FROM)
          @QueryParam("from")
          @NotNull
          Instant from,
      @Parameter(description = "Starts before", example = ApiExamples.TO) @QueryParam("to") @NotNull
          Instant to,
      @Parameter(
              description = "`next` of the previous page; none for the first",
              example = ApiExamples.APPOINTMENT_CURSOR)
          @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(Cursor.MAX_LIMIT)
          int limit) {
    if (!to.isAfter(from) || java.time.Duration.between(from, to).toDays() > 366) {
      throw org.kapcare.platform.problem.ProblemException.ruleViolation(
          "invalid-range", "Invalid range", "`to` must be after `from`, at most a year later");
    }
    List<Appointment> page =
        book.list(clientId, providerId, from, to, Cursor.decode(cursor), limit + 1);
    List<AppointmentView> items = page.stream().limit(limit).map(this::view).toList();
    String next = null;
    if (page.size() > limit) {
      Appointment last = page.get(limit - 1);
      next = new Cursor(last.startsAt, last.id).encode();
    }
    return new Page<>(items, next);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An appointment")
  @APIResponse(
      responseCode = "200",
      description = "The appointment, with its ETag",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentView.class),
              examples = @ExampleObject(name = "booked", value = ApiExamples.APPOINTMENT_BOOKED)))
  @APIResponse(responseCode = "404", description = "No such appointment")
  public RestResponse<AppointmentView> get(
      @Parameter(example = ApiExamples.APPOINTMENT) @PathParam("id") UUID id) {
    return withTag(book.get(id));
  }

  @GET
  @Path("/{id}/history")
  @Operation(
      summary = "What happened to an appointment, oldest first, paged",
      description = "Pass `next` back as `cursor` for the following page.")
  @APIResponse(
      responseCode = "200",
      description = "One page of changes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangePage.class),
              examples = @ExampleObject(name = "page", value = ApiExamples.HISTORY_PAGE)))
  @APIResponse(responseCode = "404", description = "No such appointment")
  public Page<Change> history(
      @Parameter(example = ApiExamples.APPOINTMENT) @PathParam("id") UUID id,
      @Parameter(
              description = "`next` of the previous page; none for the first",
              example = ApiExamples.HISTORY_CURSOR)
          @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(Cursor.MAX_LIMIT)
          int limit) {
    KeyCursor after = KeyCursor.decode(cursor);
    return Pages.of(
        book.history(id, after == null ? null : after.number(), limit + 1),
        limit,
        r -> new Change((String) r[1], r[2], r[3], (String) r[4], r[5], r[6], (String) r[7]),
        r -> new KeyCursor(r[0].toString()).encode());
  }

  @POST
  @Path("/{id}/reschedule")
  @Operation(
      summary = "Move an upcoming appointment",
      description = "Emits AppointmentRescheduled.")
  @APIResponse(
      responseCode = "200",
      description = "Moved",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentView.class),
              examples =
                  @ExampleObject(name = "moved", value = ApiExamples.APPOINTMENT_RESCHEDULED)))
  @APIResponse(responseCode = "409", description = "A rule, an overlap or the status refuses it")
  public RestResponse<AppointmentView> reschedule(
      @Parameter(example = ApiExamples.APPOINTMENT) @PathParam("id") UUID id,
      @Parameter(description = "The ETag last read", example = ApiExamples.IF_MATCH)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @Valid @NotNull Reschedule request) {
    return withTag(book.reschedule(id, ifMatch, request.startsAt()));
  }

  @POST
  @Path("/{id}/cancel")
  @Operation(
      summary = "Cancel an upcoming appointment",
      description =
          "Emits AppointmentCancelled with the reason's code (never the note). A group session is"
              + " cancelled only by staff; a participant leaves it instead.")
  @APIResponse(
      responseCode = "200",
      description = "Cancelled; lateCancel by policy",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentView.class),
              examples =
                  @ExampleObject(name = "cancelled", value = ApiExamples.APPOINTMENT_CANCELLED)))
  @APIResponse(responseCode = "409", description = "Not upcoming")
  public RestResponse<AppointmentView> cancel(
      @Parameter(example = ApiExamples.APPOINTMENT) @PathParam("id") UUID id,
      @Parameter(description = "The ETag last read", example = ApiExamples.IF_MATCH)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @Valid @NotNull Cancellation request) {
    return withTag(book.cancel(id, ifMatch, request.reason(), request.note()));
  }

  @POST
  @Path("/{id}/confirm")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Confirm a booked appointment")
  @APIResponse(
      responseCode = "200",
      description = "Confirmed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentView.class),
              examples =
                  @ExampleObject(name = "confirmed", value = ApiExamples.APPOINTMENT_CONFIRMED)))
  @APIResponse(responseCode = "409", description = "Not booked")
  public RestResponse<AppointmentView> confirm(
      @Parameter(example = ApiExamples.APPOINTMENT) @PathParam("id") UUID id,
      @Parameter(description = "The ETag last read", example = ApiExamples.IF_MATCH)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    return withTag(book.confirm(id, ifMatch));
  }

  @POST
  @Path("/{id}/check-in")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "The client arrived", description = "Emits AppointmentCheckedIn.")
  @APIResponse(
      responseCode = "200",
      description = "Checked in",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentView.class),
              examples =
                  @ExampleObject(name = "checked-in", value = ApiExamples.APPOINTMENT_CHECKED_IN)))
  @APIResponse(responseCode = "409", description = "Not upcoming")
  public RestResponse<AppointmentView> checkIn(
      @Parameter(example = ApiExamples.APPOINTMENT) @PathParam("id") UUID id,
      @Parameter(description = "The ETag last read", example = ApiExamples.IF_MATCH)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    return withTag(book.checkIn(id, ifMatch));
  }

  @POST
  @Path("/{id}/no-show")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "The client did not come", description = "Emits AppointmentNoShow.")
  @APIResponse(
      responseCode = "200",
      description = "Marked",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentView.class),
              examples = @ExampleObject(name = "no-show", value = ApiExamples.APPOINTMENT_NO_SHOW)))
  @APIResponse(responseCode = "409", description = "Not upcoming")
  public RestResponse<AppointmentView> noShow(
      @Parameter(example = ApiExamples.APPOINTMENT) @PathParam("id") UUID id,
      @Parameter(description = "The ETag last read", example = ApiExamples.IF_MATCH)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    return withTag(book.noShow(id, ifMatch));
  }

  @POST
  @Path("/{id}/complete")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "The session took place", description = "Emits AppointmentCompleted.")
  @APIResponse(
      responseCode = "200",
      description = "Completed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentView.class),
              examples =
                  @ExampleObject(name = "completed", value = ApiExamples.APPOINTMENT_COMPLETED)))
  @APIResponse(responseCode = "409", description = "Not checked in")
  public RestResponse<AppointmentView> complete(
      @Parameter(example = ApiExamples.APPOINTMENT) @PathParam("id") UUID id,
      @Parameter(description = "The ETag last read", example = ApiExamples.IF_MATCH)
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    return withTag(book.complete(id, ifMatch));
  }

  /** Who joins a group session. */
  public record Participant(@Schema(example = ApiExamples.CLIENT_2) @NotNull UUID clientId) {}

  @POST
  @Path("/{id}/clients")
  @Operation(
      summary = "Join a group session",
      description =
          "The session's type must take several clients. A client joins only a group led by their"
              + " care team; staff add any client. Emits AppointmentBooked for the client.")
  @APIResponse(
      responseCode = "200",
      description = "Joined",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentView.class),
              examples = @ExampleObject(name = "joined", value = ApiExamples.GROUP_SESSION_VIEW)))
  @APIResponse(responseCode = "403", description = "Not offered to the client")
  @APIResponse(responseCode = "404", description = "No such appointment or client")
  @APIResponse(
      responseCode = "409",
      description = "Not a group session, full, or the client is busy then")
  public RestResponse<AppointmentView> join(
      @Parameter(example = ApiExamples.GROUP_SESSION) @PathParam("id") UUID id,
      @Valid @NotNull Participant participant) {
    return withTag(book.join(id, participant.clientId()));
  }

  @DELETE
  @Path("/{id}/clients/{clientId}")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Leave a group session",
      description = "Emits AppointmentCancelled for the client.")
  @APIResponse(
      responseCode = "200",
      description = "Left",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentView.class),
              examples = @ExampleObject(name = "left", value = ApiExamples.GROUP_SESSION_LEFT)))
  @APIResponse(responseCode = "404", description = "The client does not take part")
  public RestResponse<AppointmentView> leave(
      @Parameter(example = ApiExamples.GROUP_SESSION) @PathParam("id") UUID id,
      @Parameter(example = ApiExamples.CLIENT_2) @PathParam("clientId") UUID clientId) {
    return withTag(book.leave(id, clientId));
  }

  private RestResponse<AppointmentView> withTag(Appointment a) {
    return EntityVersions.ok(view(a), a.version);
  }

  /** A client never sees the other clients of a group session, nor internal notes. */
  private AppointmentView view(Appointment a) {
    return access.seenByItsClient(a)
        ? AppointmentView.forClient(a, UUID.fromString(caller.id()))
        : AppointmentView.of(a);
  }
}
