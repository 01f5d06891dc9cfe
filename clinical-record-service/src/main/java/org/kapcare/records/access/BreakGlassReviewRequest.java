package org.kapcare.records.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's review of one break-the-glass use. */
public record BreakGlassReviewRequest(
    @Schema(example = "JUSTIFIED") @NotNull BreakGlassReviews.Outcome outcome,
    @Schema(example = "Confirmed with the on-call prescriber; the client was in crisis")
        @NotBlank
        @Size(max = 2000)
        String note) {}
