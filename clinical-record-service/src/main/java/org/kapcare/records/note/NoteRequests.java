package org.kapcare.records.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies for notes. */
public final class NoteRequests {

  private NoteRequests() {}

  /** A note, signed as it is written. */
  public record Write(
      @Schema(example = "PROGRESS") @NotNull Note.Kind kind,
      @Schema(example = "Client reports improved sleep and re-engagement with friends")
          @NotBlank
          @Size(max = 20000)
          String body) {}

  /** A correction of a signed note. */
  public record Amend(
      @Schema(example = "Client reports improved sleep; re-engaged with two friends")
          @NotBlank
          @Size(max = 20000)
          String body,
      @Schema(example = "Corrected the number of friends mentioned") @NotBlank @Size(max = 2000)
          String reason) {}
}
