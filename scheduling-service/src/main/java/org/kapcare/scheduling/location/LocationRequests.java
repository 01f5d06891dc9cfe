package org.kapcare.scheduling.location;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.platform.validation.TimeZoneId;

/** Request bodies of the location, room, working-hours and duty-rota endpoints. */
public final class LocationRequests {

  private LocationRequests() {}

  /** A new clinic site. */
  @Schema(name = "NewLocation")
  public record NewLocation(
      @Schema(example = "Denver clinic") @NotBlank @Size(max = 120) String name,
      @Schema(example = "America/Denver") @NotBlank @TimeZoneId String timeZone,
      @Schema(example = "+13035550100") @Pattern(regexp = "\\+[1-9][0-9]{6,14}") String phone) {}

  /** A new room at a location. */
  @Schema(name = "NewRoom")
  public record NewRoom(
      @Schema(example = "Cedar room") @NotBlank @Size(max = 120) String name,
      @Schema(example = "[\"recliner\", \"vitals-monitor\", \"music-system\"]") @NotNull
          List<@NotBlank @Size(max = 40) String> equipment) {}

  /** A provider's weekly hours at one location, replacing the previous ones. */
  @Schema(name = "WorkingHours")
  public record WorkingHours(
      @Schema(example = "6b3f7c2e-1d4a-4e8b-9f00-1a2b3c4d5e6f") @NotNull UUID locationId,
      @NotEmpty List<@Valid Span> weekly) {

    /** One span of a weekday, in the location's time zone. */
    public record Span(
        @Schema(example = "MONDAY") @NotNull DayOfWeek day,
        @Schema(example = "09:00") @NotNull LocalTime starts,
        @Schema(example = "17:00") @NotNull LocalTime ends) {}
  }

  /** A one-off change to a provider's hours: time off (anywhere) or extra hours at a site. */
  @Schema(name = "ScheduleException")
  public record ScheduleException(
      @Schema(example = "TIME_OFF") @NotNull Kind kind,
      @Schema(
              description = "Required for extra hours",
              example = "6b3f7c2e-1d4a-4e8b-9f00-1a2b3c4d5e6f")
          UUID locationId,
      @Schema(example = "2026-12-24T16:00:00Z") @NotNull java.time.Instant starts,
      @Schema(example = "2026-12-27T02:00:00Z") @NotNull java.time.Instant ends,
      @Schema(example = "holiday") @Size(max = 200) String note) {

    /** Time off or extra hours. */
    public enum Kind {
      TIME_OFF,
      EXTRA_HOURS
    }
  }

  /** A prescriber on duty at a location for a period. */
  @Schema(name = "NewDutyShift")
  public record NewDutyShift(
      @Schema(example = "6b3f7c2e-1d4a-4e8b-9f00-1a2b3c4d5e6f") @NotNull UUID locationId,
      @Schema(example = "3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01") @NotNull UUID prescriberId,
      @Schema(example = "2026-12-01T15:00:00Z") @NotNull java.time.Instant starts,
      @Schema(example = "2026-12-02T01:00:00Z") @NotNull java.time.Instant ends) {}
}
