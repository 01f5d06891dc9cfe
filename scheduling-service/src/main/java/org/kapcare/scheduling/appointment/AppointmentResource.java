package org.kapcare.scheduling.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.idempotency.IdempotentCreation;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;

/** Booking and the appointment lifecycle. Changes need {@code If-Match} with the ETag. */
@Path("/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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
public class AppointmentResource {

  private final AppointmentBook book;
  private final IdempotentCreation idempotent;
  private final Caller caller;

  AppointmentResource(AppointmentBook book, IdempotentCreation idempotent, Caller caller) {
    this.book = book;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  /** A new start for a reschedule. */
  public record Reschedule(@Schema(example = "2026-12-04T17:00:00Z") @NotNull Instant startsAt) {}

  /** Why an appointment is called off. */
  public record Cancellation(
      @Schema(example = "client unwell") @NotBlank @Size(max = 200) String reason) {}

  /** One entry of an appointment's history. */
  public record Change(
      String action, Object startsAt, Object endsAt, String reason, Object changedBy, Object at) {}

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
      content = @Content(schema = @Schema(implementation = AppointmentView.class)))
  @APIResponse(responseCode = "404", description = "Unknown client, location, provider or room")
  @APIResponse(responseCode = "409", description = "A rule or an overlap refuses the time")
  @APIResponse(
      responseCode = "422",
      description = "Roles, equipment, integration window, or an Idempotency-Key reused")
  public Response book(
      @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
      @Valid @NotNull BookAppointmentRequest request,
      UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        "POST /appointments",
        request,
        () -> {
          Appointment a = book.book(request);
          return new IdempotentCreation.Created(
              uri.getAbsolutePathBuilder().path(a.id.toString()).build(),
              EntityVersions.tag(a.version),
              AppointmentView.of(a));
        });
  }

  @GET
  @Operation(
      summary = "Appointments by start time, paged",
      description =
          "A client sees their own; clinicians their own sessions (providerId) or a client on"
              + " their care team (clientId); coordinators and admins any. Pass `next` back as"
              + " `cursor` for the following page.")
  @APIResponse(responseCode = "200", description = "One page")
  public Page<AppointmentView> list(
      @QueryParam("clientId") UUID clientId,
      @QueryParam("providerId") UUID providerId,
      @QueryParam("from") @NotNull Instant from,
      @QueryParam("to") @NotNull Instant to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursor.MAX_LIMIT) int limit) {
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
  @APIResponse(responseCode = "200", description = "The appointment, with its ETag")
  @APIResponse(responseCode = "404", description = "No such appointment")
  public RestResponse<AppointmentView> get(@PathParam("id") UUID id) {
    return withTag(book.get(id));
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "What happened to an appointment, oldest first")
  @APIResponse(responseCode = "200", description = "The changes")
  @APIResponse(responseCode = "404", description = "No such appointment")
  public List<Change> history(@PathParam("id") UUID id) {
    return book.history(id).stream()
        .map(r -> new Change((String) r[0], r[1], r[2], (String) r[3], r[4], r[5]))
        .toList();
  }

  @POST
  @Path("/{id}/reschedule")
  @Operation(
      summary = "Move an upcoming appointment",
      description = "Emits AppointmentRescheduled.")
  @APIResponse(responseCode = "200", description = "Moved")
  @APIResponse(responseCode = "409", description = "A rule, an overlap or the status refuses it")
  public RestResponse<AppointmentView> reschedule(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull Reschedule request) {
    return withTag(book.reschedule(id, ifMatch, request.startsAt()));
  }

  @POST
  @Path("/{id}/cancel")
  @Operation(
      summary = "Cancel an upcoming appointment",
      description = "Emits AppointmentCancelled.")
  @APIResponse(responseCode = "200", description = "Cancelled; lateCancel by policy")
  @APIResponse(responseCode = "409", description = "Not upcoming")
  public RestResponse<AppointmentView> cancel(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull Cancellation request) {
    return withTag(book.cancel(id, ifMatch, request.reason()));
  }

  @POST
  @Path("/{id}/confirm")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Confirm a booked appointment")
  @APIResponse(responseCode = "200", description = "Confirmed")
  @APIResponse(responseCode = "409", description = "Not booked")
  public RestResponse<AppointmentView> confirm(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(book.confirm(id, ifMatch));
  }

  @POST
  @Path("/{id}/check-in")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "The client arrived", description = "Emits AppointmentCheckedIn.")
  @APIResponse(responseCode = "200", description = "Checked in")
  @APIResponse(responseCode = "409", description = "Not upcoming")
  public RestResponse<AppointmentView> checkIn(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(book.checkIn(id, ifMatch));
  }

  @POST
  @Path("/{id}/no-show")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "The client did not come", description = "Emits AppointmentNoShow.")
  @APIResponse(responseCode = "200", description = "Marked")
  @APIResponse(responseCode = "409", description = "Not upcoming")
  public RestResponse<AppointmentView> noShow(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(book.noShow(id, ifMatch));
  }

  @POST
  @Path("/{id}/complete")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "The session took place", description = "Emits AppointmentCompleted.")
  @APIResponse(responseCode = "200", description = "Completed")
  @APIResponse(responseCode = "409", description = "Not checked in")
  public RestResponse<AppointmentView> complete(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(book.complete(id, ifMatch));
  }

  /** Who joins a group session. */
  public record Participant(
      @Schema(example = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b02") @NotNull UUID clientId) {}

  @POST
  @Path("/{id}/clients")
  @Operation(
      summary = "Join a group session",
      description =
          "The session's type must take several clients; emits AppointmentBooked for the client.")
  @APIResponse(responseCode = "200", description = "Joined")
  @APIResponse(responseCode = "404", description = "No such appointment or client")
  @APIResponse(
      responseCode = "409",
      description = "Not a group session, full, or the client is busy then")
  public RestResponse<AppointmentView> join(
      @PathParam("id") UUID id, @Valid @NotNull Participant participant) {
    return withTag(book.join(id, participant.clientId()));
  }

  @DELETE
  @Path("/{id}/clients/{clientId}")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Leave a group session",
      description = "Emits AppointmentCancelled for the client.")
  @APIResponse(responseCode = "200", description = "Left")
  @APIResponse(responseCode = "404", description = "The client does not take part")
  public RestResponse<AppointmentView> leave(
      @PathParam("id") UUID id, @PathParam("clientId") UUID clientId) {
    return withTag(book.leave(id, clientId));
  }

  private RestResponse<AppointmentView> withTag(Appointment a) {
    return EntityVersions.ok(view(a), a.version);
  }

  /** A client never sees the other clients of a group session. */
  private AppointmentView view(Appointment a) {
    return book.seenByItsClient(a)
        ? AppointmentView.forClient(a, UUID.fromString(caller.id()))
        : AppointmentView.of(a);
  }
}
