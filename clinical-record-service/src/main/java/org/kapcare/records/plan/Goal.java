package org.kapcare.records.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinical goal of the treatment plan; intentions link to goals by id. */
public record Goal(
    @Schema(readOnly = true, example = "8d2f7c1e-4b3a-4e6f-9a10-2c3d4e5f6a7b") UUID id,
    @Schema(example = "Fewer depressive days; return to work") @NotBlank @Size(max = 500)
        String text) {}
