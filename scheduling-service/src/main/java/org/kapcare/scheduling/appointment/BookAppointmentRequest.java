package org.kapcare.scheduling.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booking: the type decides the duration and what must be booked together. */
@Schema(name = "BookAppointmentRequest")
public record BookAppointmentRequest(
    @Schema(example = "dosing-sublingual") @NotBlank @Size(max = 40) String typeCode,
    @Schema(example = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01") @NotNull UUID clientId,
    @Schema(example = "6b3f7c2e-1d4a-4e8b-9f00-1a2b3c4d5e6f") @NotNull UUID locationId,
    @Schema(description = "Start instant (ISO-8601 with offset)", example = "2026-12-02T17:00:00Z")
        @NotNull
        Instant startsAt,
    @Schema(
            description = "Providers covering the type's roles",
            example = "[\"2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01\"]")
        @NotEmpty
        @Size(max = 5)
        Set<@NotNull UUID> providerIds,
    @Schema(
            description = "Required when the type books a room",
            example = "4c6a1d35-8e2f-4b0a-9c33-7d9f5e1a6c01")
        UUID roomId,
    @Schema(
            description = "For integration: the dosing session it follows",
            example = "8d2e4f60-5a1b-4c3d-8e9f-0a1b2c3d4e00")
        UUID followsAppointmentId) {}
