package org.kapcare.records.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An integration session after a dosing session. */
public record IntegrationRequest(
    @Schema(example = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8") @NotNull UUID dosingSessionId,
    @Schema(example = "Felt held rather than judged; a memory of my father came back softened")
        @NotBlank
        @Size(max = 8000)
        String insights,
    @Schema(example = "[\"grief\",\"self-compassion\"]") @Size(max = 20)
        List<@NotBlank @Size(max = 80) String> themes,
    @Schema(example = "SOME") @NotNull Progress progress,
    @Schema(description = "Ask the prescriber to review: becomes a handoff when signed")
        boolean prescriberReview,
    @Schema(example = "Sleep disturbed two nights after the session") @Size(max = 2000)
        String reviewReason,
    @Schema(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID appointmentId) {

  /** Progress toward the intention set in preparation. */
  public enum Progress {
    NONE,
    SOME,
    SIGNIFICANT
  }
}
