package org.kapcare.gateway.client;

import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The parts of the services' answers the views use; other fields are ignored. */
public final class Backends {

  private Backends() {}

  /** A page of a service's list. */
  public record Page<T>(List<T> items, String next) {}

  /** scheduling-service: {@code AppointmentView}. */
  public record Appointment(
      UUID id,
      String typeCode,
      UUID clientId,
      List<UUID> clientIds,
      UUID locationId,
      UUID roomId,
      List<UUID> providerIds,
      Instant startsAt,
      Instant endsAt,
      String status,
      String timeZone) {}

  /** scheduling-service: {@code RoomView}. */
  public record Room(UUID id, UUID locationId, String name) {}

  /** clinical-record-service: {@code ChartSummary}, its course only. */
  public record ChartSummary(Course course) {}

  /** clinical-record-service: {@code ChartSummary.Course}. */
  public record Course(
      UUID planId,
      String route,
      int dosingSessions,
      long dosingSessionsCompleted,
      int courseWeeks,
      Instant signedAt) {}

  /** clinical-record-service: {@code AssessmentView}. */
  public record Assessment(
      UUID id,
      String instrument,
      int total,
      String severity,
      Instant administeredAt,
      Integer baselineTotal,
      Integer changeFromBaseline,
      boolean response,
      boolean remission) {}

  /** clinical-record-service: {@code HandoffView}. */
  public record Handoff(
      UUID id,
      UUID clientId,
      UUID authorId,
      String priority,
      Instant sharedAt,
      boolean acknowledged) {}

  /** notification-service: {@code InboxResource.UnreadCount}. */
  public record UnreadCount(long unread) {}

  /** notification-service: {@code InboxItemView}. */
  public record InboxItem(
      UUID id,
      String kind,
      String title,
      boolean urgent,
      boolean needsAcknowledgment,
      UUID clientId,
      Instant createdAt,
      Instant acknowledgedAt) {}

  static final String JSON = MediaType.APPLICATION_JSON;
}
