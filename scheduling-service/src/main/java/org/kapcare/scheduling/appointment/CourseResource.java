package org.kapcare.scheduling.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.platform.security.Roles;

/** A course of sessions planned from a treatment plan (its id is the plan's id). */
@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
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
  @Operation(summary = "The sessions of a course, in time order (tentative until confirmed)")
  @APIResponse(responseCode = "200", description = "The course")
  @APIResponse(responseCode = "404", description = "No course for this plan")
  public List<AppointmentView> course(@PathParam("planId") UUID planId) {
    return book.course(planId).stream().map(AppointmentView::of).toList();
  }

  @POST
  @Path("/{planId}/confirm")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.THERAPIST, Roles.PRESCRIBER})
  @Operation(
      summary = "Confirm every tentative session of a course in one call",
      description = "Each becomes BOOKED and emits AppointmentBooked.")
  @APIResponse(responseCode = "200", description = "The confirmed course")
  @APIResponse(responseCode = "404", description = "No course for this plan")
  public List<AppointmentView> confirm(@PathParam("planId") UUID planId) {
    return book.confirmCourse(planId).stream().map(AppointmentView::of).toList();
  }
}
