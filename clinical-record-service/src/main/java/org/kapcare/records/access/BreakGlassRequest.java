package org.kapcare.records.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a clinician outside the care team must open the chart now. */
public record BreakGlassRequest(
    @Schema(example = "Client arrived in crisis; their therapist is unreachable")
        @NotBlank
        @Size(min = 10, max = 2000)
        String reason) {}
