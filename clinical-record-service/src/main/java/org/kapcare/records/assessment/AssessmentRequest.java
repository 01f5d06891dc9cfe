package org.kapcare.records.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answers in item order; each item must be answered within the instrument's range. A score dated
 * back rewrites the trend and the remission rule, so only staff may date one earlier than the
 * policy's window, and say why.
 */
public record AssessmentRequest(
    @Schema(example = "PHQ9") @NotNull Instrument instrument,
    @Schema(example = "[2,2,1,2,1,1,2,1,0]") @NotNull List<Integer> answers,
    @Schema(
            description =
                "Defaults to now. Earlier than the policy's window (default 24 h) only by staff,"
                    + " with backdatedReason",
            example = "2026-11-27T09:00:00Z")
        @PastOrPresent
        Instant administeredAt,
    @Schema(
            description = "Why a clinician enters an assessment taken earlier",
            example = "Paper PHQ-9 completed at the intake visit")
        @Size(max = 500)
        String backdatedReason) {}
