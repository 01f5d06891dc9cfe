package org.kapcare.scheduling.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.appointment.Appointment;
import org.kapcare.scheduling.appointment.AppointmentAccess;
import org.kapcare.scheduling.appointment.AppointmentBook;
import org.kapcare.scheduling.appointment.AppointmentStatus;
import org.kapcare.scheduling.appointment.AppointmentType;
import org.kapcare.scheduling.appointment.Availability;
import org.kapcare.scheduling.appointment.TimeSpan;
import org.kapcare.scheduling.openapi.ApiExamples;
import org.kapcare.scheduling.provider.Provider;

/**
 * FHIR R4 read-only JSON for partner clinics: a provider's Schedule, its free and busy Slots, and
 * Appointments (staff and the client only: an appointment is client data).
 */
@Path("/fhir")
@Produces(FhirResource.FHIR_JSON)
@Tag(
    name = "FHIR R4",
    description =
        "Appointments, schedules and free slots as FHIR R4 resources, for partner systems")
@SecurityRequirement(name = "SecurityScheme")
public class FhirResource {

  static final String FHIR_JSON = "application/fhir+json";
  private static final Duration MAX_RANGE = Duration.ofDays(31);

  private final Availability availability;
  private final AppointmentBook book;
  private final AppointmentAccess access;
  private final Caller caller;

  FhirResource(
      Availability availability, AppointmentBook book, AppointmentAccess access, Caller caller) {
    this.availability = availability;
    this.book = book;
    this.access = access;
    this.caller = caller;
  }

  @GET
  @Path("/Schedule/{providerId}")
  @RolesAllowed({Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN, Roles.THERAPIST, Roles.PRESCRIBER})
  @Operation(summary = "A provider's Schedule")
  @APIResponse(
      responseCode = "200",
      description = "Schedule",
      content =
          @Content(
              mediaType = FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT),
              examples = @ExampleObject(name = "schedule", value = ApiExamples.FHIR_SCHEDULE)))
  @APIResponse(responseCode = "404", description = "No such provider")
  public Map<String, Object> schedule(
      @Parameter(example = ApiExamples.THERAPIST) @PathParam("providerId") UUID providerId) {
    Provider p = Provider.findById(providerId);
    if (p == null) {
      throw ProblemException.notFound("Schedule", providerId);
    }
    Map<String, Object> schedule = resource("Schedule", p.id.toString());
    schedule.put("active", true);
    schedule.put(
        "actor", List.of(Map.of("reference", "Practitioner/" + p.id, "display", p.displayName)));
    return schedule;
  }

  @GET
  @Path("/Slot")
  @RolesAllowed({Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN, Roles.THERAPIST, Roles.PRESCRIBER})
  @Operation(
      summary = "Free and busy Slots of a Schedule between two instants (at most 31 days)",
      description = "schedule=Schedule/{providerId}&start=ge{instant}&start=lt{instant}")
  @APIResponse(
      responseCode = "200",
      description = "Bundle (searchset) of Slots",
      content =
          @Content(
              mediaType = FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT),
              examples = @ExampleObject(name = "bundle", value = ApiExamples.FHIR_SLOTS)))
  @APIResponse(responseCode = "400", description = "Missing or malformed parameters")
  @APIResponse(responseCode = "404", description = "No such Schedule")
  public Map<String, Object> slots(
      @Parameter(
              description = "Schedule/{providerId}",
              example = "Schedule/" + ApiExamples.THERAPIST)
          @QueryParam("schedule")
          @NotNull
          String schedule,
      @Parameter(
              description = "Twice: ge{instant} and lt{instant}, at most 31 days apart",
              examples = {
                @ExampleObject(
                    name = "week",
                    value = "[\"ge" + ApiExamples.FROM + "\", \"lt" + ApiExamples.TO + "\"]")
              })
          @QueryParam("start")
          List<String> start) {
    UUID providerId = scheduleId(schedule);
    TimeSpan window = range(start);
    schedule(providerId);
    List<Map<String, Object>> slots = new ArrayList<>();
    for (Availability.Period period : availability.of(providerId, window)) {
      String id =
          providerId.toString().substring(0, 8)
              + "-"
              + period.span().start().getEpochSecond()
              + (period.free() ? "-f" : "-b");
      Map<String, Object> slot = resource("Slot", id);
      slot.put("schedule", Map.of("reference", "Schedule/" + providerId));
      slot.put("status", period.free() ? "free" : "busy");
      slot.put("start", period.span().start().toString());
      slot.put("end", period.span().end().toString());
      slots.add(slot);
    }
    return bundle(slots);
  }

  @GET
  @Path("/Appointment/{id}")
  @RolesAllowed({
    Roles.CLIENT,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN,
    Roles.COORDINATOR,
    Roles.ADMIN
  })
  @Operation(summary = "An Appointment (for the client and the care team)")
  @APIResponse(
      responseCode = "200",
      description = "Appointment",
      content =
          @Content(
              mediaType = FHIR_JSON,
              schema = @Schema(type = SchemaType.OBJECT),
              examples =
                  @ExampleObject(name = "appointment", value = ApiExamples.FHIR_APPOINTMENT)))
  @APIResponse(responseCode = "404", description = "No such appointment")
  public Map<String, Object> appointment(
      @Parameter(example = ApiExamples.APPOINTMENT) @PathParam("id") UUID id) {
    Appointment a = book.get(id);
    AppointmentType type = AppointmentType.findById(a.typeCode);
    Map<String, Object> fhir = resource("Appointment", a.id.toString());
    fhir.put("status", status(a.status));
    fhir.put("serviceType", List.of(Map.of("text", type.name)));
    fhir.put("start", a.startsAt.toString());
    fhir.put("end", a.endsAt.toString());
    fhir.put("minutesDuration", Duration.between(a.startsAt, a.endsAt).toMinutes());
    List<Map<String, Object>> participants = new ArrayList<>();
    // A participant of a group session sees only themself among its clients.
    List<UUID> clients =
        access.seenByItsClient(a) ? List.of(UUID.fromString(caller.id())) : a.clientIds();
    clients.forEach(c -> participants.add(participant("Patient/" + c)));
    a.providerIds.stream()
        .sorted()
        .forEach(p -> participants.add(participant("Practitioner/" + p)));
    participants.add(participant("Location/" + a.locationId));
    fhir.put("participant", participants);
    return fhir;
  }

  /** Our lifecycle in FHIR's Appointment.status value set. */
  static String status(AppointmentStatus status) {
    return switch (status) {
      case TENTATIVE -> "proposed";
      case BOOKED, CONFIRMED -> "booked";
      case CHECKED_IN -> "arrived";
      case COMPLETED -> "fulfilled";
      case CANCELLED -> "cancelled";
      case NO_SHOW -> "noshow";
    };
  }

  private static Map<String, Object> participant(String reference) {
    return Map.of("actor", Map.of("reference", reference), "status", "accepted");
  }

  private static Map<String, Object> resource(String type, String id) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("resourceType", type);
    r.put("id", id);
    return r;
  }

  private static Map<String, Object> bundle(List<Map<String, Object>> resources) {
    Map<String, Object> bundle = resource("Bundle", UUID.randomUUID().toString());
    bundle.put("type", "searchset");
    bundle.put("total", resources.size());
    bundle.put(
        "entry",
        resources.stream()
            .map(
                r ->
                    Map.of(
                        "fullUrl",
                        r.get("resourceType") + "/" + r.get("id"),
                        "resource",
                        r,
                        "search",
                        Map.of("mode", "match")))
            .toList());
    return bundle;
  }

  private static UUID scheduleId(String reference) {
    try {
      return UUID.fromString(reference.replaceFirst("^Schedule/", ""));
    } catch (IllegalArgumentException e) {
      throw bad("schedule must be Schedule/{id}");
    }
  }

  /** start=ge{instant}&start=lt{instant}, at most 31 days apart. */
  private static TimeSpan range(List<String> start) {
    Instant from = null;
    Instant to = null;
    for (String s : start == null ? List.<String>of() : start) {
      try {
        if (s.startsWith("ge")) {
          from = Instant.parse(s.substring(2));
        } else if (s.startsWith("lt")) {
          to = Instant.parse(s.substring(2));
        }
      } catch (java.time.format.DateTimeParseException e) {
        throw bad("start must be ge{instant} and lt{instant}, e.g. ge2027-03-01T00:00:00Z");
      }
    }
    if (from == null
        || to == null
        || !to.isAfter(from)
        || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      throw bad("give start=ge{instant}&start=lt{instant}, at most 31 days apart");
    }
    return new TimeSpan(from, to);
  }

  private static ProblemException bad(String detail) {
    return new ProblemException(400, "malformed-request", "Malformed search", detail);
  }
}
