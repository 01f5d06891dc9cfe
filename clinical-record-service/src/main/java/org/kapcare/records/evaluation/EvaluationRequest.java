package org.kapcare.records.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evaluation as the prescriber records it. */
public record EvaluationRequest(
    @Schema(
            description = "Every contraindication answered: true = present",
            example =
                "{\"PSYCHOSIS_SCHIZOPHRENIA_OR_BIPOLAR_MANIA\":false,\"ACTIVE_SUBSTANCE_USE_DISORDER\":false,"
                    + "\"PREGNANCY_OR_BREASTFEEDING\":false,\"UNCONTROLLED_HYPERTENSION\":false,"
                    + "\"ISCHEMIC_HEART_DISEASE\":false,\"ANEURYSMAL_VASCULAR_DISEASE\":false,"
                    + "\"ARTERIOVENOUS_MALFORMATION\":false,\"INTRACEREBRAL_HEMORRHAGE_HISTORY\":false,"
                    + "\"RAISED_INTRACRANIAL_PRESSURE\":false,\"ADVANCED_LIVER_DISEASE\":false,"
                    + "\"KETAMINE_HYPERSENSITIVITY\":false}")
        @NotNull
        Map<Contraindication, @NotNull Boolean> screening,
    @Schema(example = "128") @NotNull @Min(50) @Max(300) Integer systolic,
    @Schema(example = "82") @NotNull @Min(20) @Max(200) Integer diastolic,
    @Schema(example = "72") @NotNull @Min(20) @Max(250) Integer heartRate,
    @Schema(example = "70.5") @NotNull @DecimalMin("20") @DecimalMax("400") BigDecimal weightKg,
    @NotNull @Size(max = 50) List<@Valid @NotNull Medication> medications,
    @Schema(example = "Two SSRI trials, CBT for 1 year") @Size(max = 2000) String priorTreatments) {

  /** A current medication; interacting classes are flagged. */
  public record Medication(
      @Schema(example = "sertraline") @NotBlank @Size(max = 200) String name,
      @Schema(example = "100 mg daily") @Size(max = 200) String dose,
      @Schema(example = "NONE") @NotNull InteractingClass interactingClass) {}
}
