package org.kapcare.scheduling.appointment;

import io.quarkus.panache.common.Sort;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.openapi.ApiExamples;
import org.kapcare.scheduling.paging.KeyCursor;
import org.kapcare.scheduling.paging.Pages;

/** Appointment types are data an admin edits: durations, roles, equipment, self-booking. */
@Path("/appointment-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Appointment types",
    description =
        "Appointment types as data: length, roles, room equipment, dosing and integration rules")
@SecurityRequirement(name = "SecurityScheme")
public class AppointmentTypeResource {

  /** A type as the API shows and takes it. */
  public record TypeView(
      @Schema(example = "Dosing session, intravenous") @NotBlank @Size(max = 120) String name,
      @Schema(example = "120") @Min(5) @Max(720) int minutes,
      @Schema(example = "[\"therapist\", \"nurse\"]") @NotEmpty
          List<@Pattern(regexp = "therapist|prescriber|nurse|chaplain") String> providerRoles,
      @Schema(
              description = "Null when no room is booked",
              example = "[\"recliner\", \"vitals-monitor\", \"iv-pump\", \"music-system\"]")
          List<@NotBlank @Size(max = 40) String> roomEquipment,
      @Schema(example = "true") boolean dosing,
      @Schema(example = "false") boolean integration,
      @Schema(description = "Never for dosing", example = "false") boolean clientSelfBooking,
      @Schema(description = "Read only; the path names the type", example = "dosing-iv")
          String code,
      @Schema(example = "1") long version) {

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

  /** The OpenAPI shape of a page of types ({@link Page} is generic). */
  @Schema(name = "PageTypeView")
  public record TypePage(
      List<TypeView> items,
      @Schema(
              description = "Pass back as `cursor` for the next page; null on the last",
              example = ApiExamples.TYPE_CURSOR)
          String next) {}

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
  @Operation(
      summary = "The appointment types by code, paged",
      description = "Pass `next` back as `cursor` for the following page.")
  @APIResponse(
      responseCode = "200",
      description = "One page of types, by code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TypePage.class),
              examples = @ExampleObject(name = "page", value = ApiExamples.TYPE_PAGE)))
  public Page<TypeView> list(
      @Parameter(
              description = "`next` of the previous page; none for the first",
              example = ApiExamples.TYPE_CURSOR)
          @QueryParam("cursor")
          String cursor,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(Cursor.MAX_LIMIT)
          int limit) {
    KeyCursor after = KeyCursor.decode(cursor);
    List<AppointmentType> types =
        after == null
            ? AppointmentType.<AppointmentType>findAll(Sort.by("code")).page(0, limit + 1).list()
            : AppointmentType.<AppointmentType>find("code > ?1", Sort.by("code"), after.key())
                .page(0, limit + 1)
                .list();
    return Pages.of(types, limit, TypeView::of, t -> new KeyCursor(t.code).encode());
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Transactional
  @Operation(
      summary = "Change a type (If-Match with its version)",
      description = "Applies to bookings made from now on; booked sessions keep their times.")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TypeView.class),
              examples = @ExampleObject(name = "changed", value = ApiExamples.TYPE_DOSING_IV)))
  @APIResponse(responseCode = "404", description = "No such type")
  public RestResponse<TypeView> update(
      @Parameter(example = "dosing-iv") @PathParam("code") String code,
      @Parameter(description = "The type's version as last read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
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
