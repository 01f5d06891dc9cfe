package org.kapcare.records.careteam;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole care team (a replace, not a patch). The primary clinician must be the team's therapist
 * or prescriber.
 */
public record CareTeamRequest(
    @Schema(example = "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01") @NotNull UUID therapistId,
    @Schema(example = "3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01") @NotNull UUID prescriberId,
    @Schema(example = "[\"4c6a1d35-8e4f-4b0a-8c33-7d9f5e1a6c01\"]") @Size(max = 10)
        List<@NotNull UUID> nurseIds,
    @Schema(example = "5d7b2e46-9f5a-4c1b-9d44-8e0a6f2b7d01") UUID chaplainId,
    @Schema(example = "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01") @NotNull UUID primaryClinicianId) {}
