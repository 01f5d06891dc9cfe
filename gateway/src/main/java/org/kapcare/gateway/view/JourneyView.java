package org.kapcare.gateway.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * My journey, for a client: what comes next and how far the course has come. A part whose service
 * did not answer is null and named in {@code missing}.
 */
@Schema(name = "Journey")
public record JourneyView(
    @Schema(description = "The client (the caller)") UUID clientId,
    @Schema(
            nullable = true,
            description = "Upcoming appointments, soonest first; null when missing")
        List<NextAppointment> nextAppointments,
    @Schema(
            nullable = true,
            description = "The active course; null when there is none or it is missing")
        CourseProgress course,
    @Schema(
            nullable = true,
            description = "The latest PHQ-9 against the baseline; null when none or missing")
        AssessmentTrend assessment,
    @Schema(nullable = true, description = "Unread items in the in-app inbox; null when missing")
        Long unreadNotifications,
    @Schema(
            description =
                "Parts that could not be fetched (appointments, course, assessments,"
                    + " notifications); empty when the view is complete")
        List<String> missing,
    @Schema(description = "Why each missing part is missing: timeout, unavailable, circuit-open…")
        Map<String, String> missingReasons) {

  /** An upcoming appointment with what to do before it. */
  public record NextAppointment(
      UUID id,
      String typeCode,
      Instant startsAt,
      Instant endsAt,
      String status,
      UUID locationId,
      UUID roomId,
      @Schema(description = "What to do before: fasting, escort, what to bring")
          String preparation) {}

  /** How far the course has come. */
  public record CourseProgress(
      UUID planId,
      String route,
      @Schema(description = "Dosing sessions planned in the course") int sessionsPlanned,
      @Schema(description = "Dosing sessions done (signed)") long sessionsDone,
      int courseWeeks) {}

  /** The latest score of an instrument against the course baseline. */
  public record AssessmentTrend(
      String instrument,
      int latestTotal,
      String severity,
      Instant administeredAt,
      Integer baselineTotal,
      Integer changeFromBaseline,
      @Schema(description = "Total down by at least half from the baseline") boolean response,
      @Schema(description = "PHQ-9 total below 5") boolean remission,
      @Schema(description = "Every score, oldest first") List<Point> points) {}

  /** One score of the trend. */
  public record Point(Instant administeredAt, int total) {}
}
