package org.kapcare.scheduling.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.security.Roles;
import org.kapcare.scheduling.openapi.ApiExamples;
import org.kapcare.scheduling.paging.Pages;

/** A course of sessions planned from a treatment plan (its id is the plan's id). */
@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Courses",
    description =
        "A treatment plan's course of sessions, proposed by the planner and confirmed by staff")
@SecurityRequirement(name = "SecurityScheme")
public class CourseResource {

  private final AppointmentBook book;

  CourseResource(AppointmentBook book) {
    this.book = book;
  }

  @GET
  @Path("/{planId}")
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
      summary = "The sessions of a course, in time order (tentative until confirmed), paged",
      description = "Pass `next` back as `cursor` for the following page.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the course",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentResource.AppointmentPage.class),
              examples = @ExampleObject(name = "proposed", value = ApiExamples.COURSE_PAGE)))
  @APIResponse(responseCode = "404", description = "No course for this plan")
  public Page<AppointmentView> course(
      @Parameter(description = "The treatment plan's id", example = ApiExamples.PLAN)
          @PathParam("planId")
          UUID planId,
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
    return Pages.of(
        book.course(planId, Cursor.decode(cursor), limit + 1),
        limit,
        AppointmentView::of,
        a -> new Cursor(a.startsAt, a.id).encode());
  }

  @POST
  @Path("/{planId}/confirm")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.THERAPIST, Roles.PRESCRIBER})
  @Operation(
      summary = "Confirm every tentative session of a course in one call",
      description = "Each becomes BOOKED and emits AppointmentBooked.")
  @APIResponse(
      responseCode = "200",
      description = "The confirmed course, every session",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = AppointmentView.class),
              examples = @ExampleObject(name = "confirmed", value = ApiExamples.COURSE_CONFIRMED)))
  @APIResponse(responseCode = "404", description = "No course for this plan")
  public List<AppointmentView> confirm(
      @Parameter(description = "The treatment plan's id", example = ApiExamples.PLAN)
          @PathParam("planId")
          UUID planId) {
    return book.confirmCourse(planId).stream().map(AppointmentView::of).toList();
  }
}
