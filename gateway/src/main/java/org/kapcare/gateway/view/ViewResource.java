package org.kapcare.gateway.view;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.gateway.client.Call;
import org.kapcare.platform.correlation.CorrelationId;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Roles;

/**
 * The backend-for-frontend views: one call from an app instead of several, assembled from the
 * services in parallel with the caller's own token (the services still decide what they may see).
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Views", description = "Screens of the apps in one call, assembled by the gateway")
@SecurityRequirement(name = "SecurityScheme")
public class ViewResource {

  private final Journey journey;
  private final ClinicBoard board;
  private final JsonWebToken token;
  private final SecurityIdentity identity;

  ViewResource(Journey journey, ClinicBoard board, JsonWebToken token, SecurityIdentity identity) {
    this.journey = journey;
    this.board = board;
    this.token = token;
    this.identity = identity;
  }

  @GET
  @Path("/me/journey")
  @RolesAllowed(Roles.CLIENT)
  @Operation(
      operationId = "getMyJourney",
      summary = "My journey (clients)",
      description =
          "The caller's next appointments with preparation instructions, course progress"
              + " (dosing sessions done and planned), the latest PHQ-9 against the baseline with"
              + " response and remission, and unread notifications. Always the caller's own data."
              + " A service that is slow or down leaves its part null and named in `missing`;"
              + " the answer is still 200.")
  @APIResponse(
      responseCode = "200",
      description = "The journey, complete or with `missing` parts",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JourneyView.class),
              examples = {
                @ExampleObject(name = "complete", value = ViewExamples.JOURNEY),
                @ExampleObject(name = "notifications down", value = ViewExamples.JOURNEY_PARTIAL)
              }))
  public Uni<JourneyView> journey(@HeaderParam("Authorization") String authorization) {
    return journey.of(callerId(), call(authorization));
  }

  @GET
  @Path("/clinic/board")
  @RolesAllowed({
    Roles.COORDINATOR,
    Roles.ADMIN,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN
  })
  @Operation(
      operationId = "getClinicBoard",
      summary = "The clinic board of a day (staff)",
      description =
          "The day's sessions per room with their status, who is checked in, the caller's open"
              + " urgent alerts and unacknowledged handoffs. Coordinators and admins see every"
              + " session of the clinic; clinicians their own. A service that is slow or down"
              + " leaves its part null and named in `missing`; the answer is still 200.")
  @APIResponse(
      responseCode = "200",
      description = "The board, complete or with `missing` parts",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BoardView.class),
              examples = {
                @ExampleObject(name = "complete", value = ViewExamples.BOARD),
                @ExampleObject(name = "records down", value = ViewExamples.BOARD_PARTIAL)
              }))
  @APIResponse(responseCode = "400", description = "`date` is missing or not a date")
  public Uni<BoardView> board(
      @HeaderParam("Authorization") String authorization,
      @Parameter(description = "The day, in the clinic's time zone", example = "2026-12-03")
          @QueryParam("date")
          String date,
      @Parameter(description = "Only this site", example = ViewExamples.LOCATION)
          @QueryParam("locationId")
          UUID locationId) {
    boolean wholeClinic = hasAny(Roles.COORDINATOR, Roles.ADMIN);
    // The services address handoffs to clinicians only (GET /handoffs/open).
    boolean clinician = hasAny(Roles.THERAPIST, Roles.PRESCRIBER, Roles.NURSE, Roles.CHAPLAIN);
    ClinicBoard.Viewer viewer =
        new ClinicBoard.Viewer(call(authorization), wholeClinic ? null : callerId(), clinician);
    return board.of(day(date), locationId, viewer);
  }

  private static LocalDate day(String date) {
    if (date == null || date.isBlank()) {
      throw invalidDate("`date` is required, as YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(date);
    } catch (java.time.format.DateTimeParseException e) {
      throw invalidDate("`date` must be a date as YYYY-MM-DD");
    }
  }

  private static ProblemException invalidDate(String detail) {
    return new ProblemException(400, ProblemType.VALIDATION, "Invalid request", detail);
  }

  private boolean hasAny(String... roles) {
    for (String role : roles) {
      if (identity.hasRole(role)) {
        return true;
      }
    }
    return false;
  }

  private UUID callerId() {
    return UUID.fromString(token.getSubject());
  }

  private static Call call(String authorization) {
    return new Call(authorization, CorrelationId.current());
  }
}
