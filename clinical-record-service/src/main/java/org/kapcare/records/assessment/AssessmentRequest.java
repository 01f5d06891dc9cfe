package org.kapcare.records.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answers in item order; each item must be answered within the instrument's range. */
public record AssessmentRequest(
    @Schema(example = "PHQ9") @NotNull Instrument instrument,
    @Schema(example = "[2,2,1,2,1,1,2,1,0]") @NotNull List<Integer> answers,
    @Schema(description = "Defaults to now", example = "2026-11-27T09:00:00Z") @PastOrPresent
        Instant administeredAt) {}
