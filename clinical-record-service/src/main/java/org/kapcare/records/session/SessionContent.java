package org.kapcare.records.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a session record holds besides its lifecycle, one shape per {@link SessionKind}. Stored as
 * one JSON document (the columns cannot know the kind); read back into these records so that the
 * API answers, and documents, exactly what was recorded.
 */
@Schema(
    description =
        "The kind-specific content of a session record: its shape follows the record's kind"
            + " (PREPARATION, DOSING, INTEGRATION).",
    oneOf = {
      SessionContent.PreparationContent.class,
      SessionContent.DosingContent.class,
      SessionContent.IntegrationContent.class
    })
public sealed interface SessionContent {

  /** The type each kind's stored document is read into. */
  static Class<? extends SessionContent> of(SessionKind kind) {
    return switch (kind) {
      case PREPARATION -> PreparationContent.class;
      case DOSING -> DosingContent.class;
      case INTEGRATION -> IntegrationContent.class;
    };
  }

  /** A preparation session as the therapist recorded it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(description = "Content of a PREPARATION record")
  record PreparationContent(
      @Schema(description = "The client's intention, in their own words") String intention,
      @Schema(description = "Goals of the active treatment plan this session works on")
          List<UUID> goalIds,
      PreparationRequest.Readiness readiness,
      UUID appointmentId)
      implements SessionContent {}

  /**
   * A dosing session: the checklist once recorded, the setting once started, the discharge once
   * discharged. Doses, vitals, alerts and checks are the record's own lists, not content.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(description = "Content of a DOSING record; each part appears once it is recorded")
  record DosingContent(
      RecordedChecklist checklist,
      @Schema(description = "Set at the start") String setting,
      @Schema(description = "Set at the start") String music,
      RecordedDischarge discharge)
      implements SessionContent {}

  /** The pre-session checklist as recorded, with the service's judgement of each item. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RecordedChecklist(
      Instant lastSolidsAt,
      Instant lastLiquidsAt,
      Boolean escortConfirmed,
      Integer baselineSystolic,
      Integer baselineDiastolic,
      @Schema(description = "Whether each item passed, as judged when recorded")
          Map<DosingSessions.ChecklistItem, Boolean> items,
      Instant recordedAt,
      UUID recordedBy) {}

  /** The discharge checklist as recorded, with the monitoring time. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RecordedDischarge(
      Boolean alertAndOriented,
      Boolean escortPresent,
      @Schema(description = "Judged from the last vital-sign reading") Boolean vitalsBackInRange,
      @Schema(description = "Minutes from the start to the discharge") Long monitoringMinutes,
      UUID dischargedBy) {}

  /** An integration session after a signed dosing session. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(description = "Content of an INTEGRATION record")
  record IntegrationContent(
      UUID dosingSessionId,
      String insights,
      List<String> themes,
      IntegrationRequest.Progress progress,
      @Schema(description = "Becomes a handoff to the prescriber when signed")
          boolean prescriberReview,
      String reviewReason,
      UUID appointmentId)
      implements SessionContent {}
}
