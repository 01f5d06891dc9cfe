package org.kapcare.records.handoff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.contracts.clinical.CareNoteShared.Priority;

/** A handoff to named team members and/or roles. */
public record HandoffRequest(
    @Schema(example = "Client reports new insomnia since Tuesday; please review before Friday")
        @NotBlank
        @Size(max = 4000)
        String body,
    @Schema(example = "[\"3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01\"]") @Size(max = 20)
        List<@NotNull UUID> recipientIds,
    @Schema(example = "[\"nurse\"]") @Size(max = 5)
        List<@NotNull @Pattern(regexp = "therapist|prescriber|nurse|chaplain") String>
            recipientRoles,
    @Schema(example = "URGENT") @NotNull Priority priority) {}
