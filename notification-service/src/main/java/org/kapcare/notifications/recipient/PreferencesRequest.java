package org.kapcare.notifications.recipient;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.platform.validation.TimeZoneId;

/**
 * How and when a person wants to be reached. SMS consent is not here: it is recorded in the chart
 * (TCPA) and reaches this service only as SmsConsentChanged, so a body naming {@code smsOptIn} is
 * refused as an unknown field.
 */
@Schema(name = "PreferencesRequest")
public record PreferencesRequest(
    @Schema(example = "America/Los_Angeles") @NotBlank @TimeZoneId String timeZone,
    @Schema(example = "en") @NotNull @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") String language,
    @Schema(example = "21:00") LocalTime quietHoursStart,
    @Schema(example = "07:30") LocalTime quietHoursEnd,
    @Schema(description = "Send e-mail; unchanged when absent") Boolean emailEnabled,
    @Schema(description = "Send SMS; unchanged when absent") Boolean smsEnabled,
    @Schema(description = "Show in the app inbox; unchanged when absent") Boolean inAppEnabled) {

  @AssertTrue(message = "quiet hours need both a start and an end")
  @Schema(hidden = true)
  boolean isQuietHoursComplete() {
    return (quietHoursStart == null) == (quietHoursEnd == null);
  }
}
