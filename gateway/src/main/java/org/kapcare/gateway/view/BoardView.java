package org.kapcare.gateway.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The clinic board of one day, for staff: sessions per room with their status, who is checked in,
 * open urgent alerts and unacknowledged handoffs. A part whose service did not answer is null and
 * named in {@code missing}.
 */
@Schema(name = "ClinicBoard")
public record BoardView(
    @Schema(description = "The day, from midnight to midnight in each session's site's time zone")
        LocalDate date,
    @Schema(
            nullable = true,
            description = "Rooms with their sessions of the day, by first start; null when missing")
        List<RoomSessions> rooms,
    @Schema(
            nullable = true,
            description = "Sessions whose clients are checked in now; null when missing")
        List<CheckedIn> checkedIn,
    @Schema(
            nullable = true,
            description = "My urgent alerts nobody acknowledged yet; null when missing")
        List<UrgentAlert> urgentAlerts,
    @Schema(
            nullable = true,
            description =
                "Unacknowledged handoffs addressed to me or my role (clinicians); null when"
                    + " missing or not for my role")
        List<OpenHandoff> handoffs,
    @Schema(
            description =
                "Parts that could not be fetched (sessions, rooms, alerts, handoffs); empty when"
                    + " the view is complete")
        List<String> missing,
    @Schema(description = "Why each missing part is missing: timeout, unavailable, circuit-open…")
        Map<String, String> missingReasons) {

  /** One room and its sessions; {@code roomId} null for sessions without a room. */
  public record RoomSessions(
      UUID roomId,
      @Schema(nullable = true, description = "The room's name; null when the rooms part is missing")
          String name,
      UUID locationId,
      List<Session> sessions) {}

  /** One session of the day. */
  public record Session(
      UUID appointmentId,
      String typeCode,
      Instant startsAt,
      Instant endsAt,
      @Schema(
              description = "The site's time zone, the one its day and local times are read in",
              example = "America/New_York")
          String timeZone,
      @Schema(example = "CHECKED_IN") String status,
      List<UUID> clientIds,
      List<UUID> providerIds) {}

  /** A session whose clients are in the clinic. */
  public record CheckedIn(
      UUID appointmentId,
      List<UUID> clientIds,
      UUID roomId,
      Instant startsAt,
      @Schema(description = "The site's time zone", example = "America/New_York") String timeZone,
      String typeCode) {}

  /** An urgent alert from the in-app inbox that needs acknowledging. */
  public record UrgentAlert(
      UUID inboxItemId, String kind, String title, UUID clientId, Instant createdAt) {}

  /** A handoff waiting to be acknowledged. */
  public record OpenHandoff(
      UUID id, UUID clientId, UUID authorId, String priority, Instant sharedAt) {}
}
