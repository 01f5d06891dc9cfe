package org.kapcare.records.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.contracts.clinical.Route;

/**
 * A treatment plan the prescriber signs by submitting it. The dose is either {@code doseMg}, or
 * {@code doseMgPerKg} with the {@code weightKg} it was computed from.
 */
public record PlanRequest(
    @Schema(example = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b") @NotNull UUID evaluationId,
    @Schema(example = "IV") @NotNull Route route,
    @Schema(example = "35") @DecimalMin(value = "0", inclusive = false) BigDecimal doseMg,
    @Schema(example = "0.5") @DecimalMin(value = "0", inclusive = false) BigDecimal doseMgPerKg,
    @Schema(example = "70.5") @DecimalMin("20") BigDecimal weightKg,
    @Schema(example = "6") @NotNull @Min(1) @Max(24) Integer dosingSessions,
    @Schema(example = "3") @NotNull @Min(1) @Max(52) Integer courseWeeks,
    @NotEmpty @Size(max = 10) List<@Valid @NotNull Goal> goals) {}
