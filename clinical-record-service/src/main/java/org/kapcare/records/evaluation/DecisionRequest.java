package org.kapcare.records.evaluation;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.contracts.clinical.EligibilityDecided.Decision;

/** The prescriber's eligibility decision on an evaluation. */
public record DecisionRequest(
    @Schema(example = "APPROVED") @NotNull Decision decision,
    @Schema(description = "Defaults to now + the policy's validity (6 months)") @Future
        Instant expiresAt,
    @Schema(
            description =
                "Required to approve despite a positive contraindication: the prescriber's reasoning",
            example = "Hypertension controlled on current medication; BP 128/82 today")
        @Size(min = 10, max = 2000)
        String overrideReason,
    @Schema(example = "Discussed risks and benefits; client wishes to proceed") @Size(max = 2000)
        String note) {}
