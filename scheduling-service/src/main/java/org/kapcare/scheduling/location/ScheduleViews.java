package org.kapcare.scheduling.location;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.scheduling.openapi.ApiExamples;

/** What the clinic set up for its staff, as the read endpoints show it. No PHI. */
public final class ScheduleViews {

  private ScheduleViews() {}

  /** A prescriber on duty at a site for a period, half-open [startsAt, endsAt). */
  @Schema(name = "DutyShiftView")
  public record DutyShiftView(
      @Schema(example = ApiExamples.DUTY_SHIFT) UUID id,
      @Schema(example = ApiExamples.LOCATION) UUID locationId,
      @Schema(description = "The prescriber on duty", example = ApiExamples.PRESCRIBER)
          UUID prescriberId,
      @Schema(example = ApiExamples.DUTY_STARTS) Instant startsAt,
      @Schema(example = ApiExamples.DUTY_ENDS) Instant endsAt) {}

  /** The OpenAPI shape of a page of duty shifts. */
  @Schema(name = "PageDutyShiftView")
  public record DutyShiftPage(
      List<DutyShiftView> items,
      @Schema(
              description = "Pass back as `cursor` for the next page; null on the last",
              example = ApiExamples.DUTY_SHIFT_CURSOR)
          String next) {}

  /** Time off (anywhere) or extra hours (at a site) of a provider, half-open [startsAt, endsAt). */
  @Schema(name = "ScheduleExceptionView")
  public record ScheduleExceptionView(
      @Schema(example = ApiExamples.SCHEDULE_EXCEPTION) UUID id,
      @Schema(example = ApiExamples.THERAPIST) UUID providerId,
      @Schema(example = "TIME_OFF") LocationRequests.ScheduleException.Kind kind,
      @Schema(
              description = "The site (always given for extra hours); null for time off anywhere",
              example = ApiExamples.LOCATION)
          UUID locationId,
      @Schema(example = ApiExamples.TIME_OFF_STARTS) Instant startsAt,
      @Schema(example = ApiExamples.TIME_OFF_ENDS) Instant endsAt,
      @Schema(example = "holiday") String note) {}

  /** The OpenAPI shape of a page of schedule exceptions. */
  @Schema(name = "PageScheduleExceptionView")
  public record ScheduleExceptionPage(
      List<ScheduleExceptionView> items,
      @Schema(
              description = "Pass back as `cursor` for the next page; null on the last",
              example = ApiExamples.EXCEPTION_CURSOR)
          String next) {}

  /**
   * A provider's weekly hours at each site where they work, in the shape {@code PUT
   * /providers/{id}/working-hours} takes (one entry per site, sites by name).
   */
  @Schema(name = "ProviderWorkingHours")
  public record ProviderWorkingHours(
      @Schema(example = ApiExamples.THERAPIST) UUID providerId,
      List<LocationRequests.WorkingHours> sites) {}
}
