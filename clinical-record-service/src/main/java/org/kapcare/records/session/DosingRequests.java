package org.kapcare.records.session;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.contracts.clinical.Route;

/** Request bodies of the dosing-session workflow. */
public final class DosingRequests {

  private DosingRequests() {}

  /** Opens a dosing record (also opened automatically when a dosing appointment checks in). */
  public record Open(
      @Schema(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID appointmentId) {}

  /** The pre-session checklist as the nurse records it; the service judges each item. */
  public record Checklist(
      @Schema(example = "2026-11-27T07:30:00Z") @NotNull @PastOrPresent Instant lastSolidsAt,
      @Schema(example = "2026-11-27T11:00:00Z") @NotNull @PastOrPresent Instant lastLiquidsAt,
      @Schema(example = "true") @NotNull Boolean escortConfirmed,
      @Schema(example = "128") @NotNull @Min(40) @Max(300) Integer baselineSystolic,
      @Schema(example = "82") @NotNull @Min(20) @Max(200) Integer baselineDiastolic) {}

  /** Starts the session; a failing checklist item needs the prescriber's written override. */
  public record Start(
      @Schema(example = "BP 146/92 after rest; benefits outweigh risk, monitor every 5 min")
          @Size(min = 10, max = 2000)
          String overrideReason,
      @Schema(example = "Dim light, eye shade, blanket") @Size(max = 2000) String setting,
      @Schema(example = "Playlist 'Returning' (East Forest)") @Size(max = 2000) String music) {}

  /** A dose given. */
  public record Dose(
      @Schema(example = "IV") @NotNull Route route,
      @Schema(example = "35") @NotNull @DecimalMin(value = "0", inclusive = false)
          BigDecimal doseMg,
      @Schema(example = "KX2611A") @NotBlank @Size(max = 40) String lotNumber,
      @Schema(example = "2026-11-27T13:05:00Z") @NotNull @PastOrPresent Instant startedAt,
      @Schema(example = "2026-11-27T13:45:00Z") Instant endedAt) {}

  /** One vital-sign reading; at least one value. Impossible values are refused (400). */
  public record Vitals(
      @Schema(example = "2026-11-27T13:15:00Z") @NotNull @PastOrPresent Instant measuredAt,
      @Schema(example = "132") @Min(40) @Max(300) Integer systolic,
      @Schema(example = "84") @Min(20) @Max(200) Integer diastolic,
      @Schema(example = "78") @Min(20) @Max(250) Integer heartRate,
      @Schema(example = "97") @Min(50) @Max(100) Integer spo2,
      @Schema(example = "14") @Min(2) @Max(60) Integer respiratoryRate) {}

  /** A dissociation or sedation check, or an adverse event. */
  public record Check(
      @Schema(example = "DISSOCIATION") @NotNull ClinicalCheck.Kind kind,
      @Schema(example = "2") @Min(0) @Max(5) Integer score,
      @Schema(example = "MILD") ClinicalCheck.Severity severity,
      @Schema(example = "Transient nausea, resolved without treatment") @Size(max = 2000)
          String description,
      @Schema(example = "2026-11-27T13:30:00Z") @NotNull @PastOrPresent Instant observedAt) {}

  /** The discharge checklist; vitals back in range is judged from the last reading. */
  public record Discharge(
      @Schema(example = "true") @NotNull Boolean alertAndOriented,
      @Schema(example = "true") @NotNull Boolean escortPresent) {}
}
