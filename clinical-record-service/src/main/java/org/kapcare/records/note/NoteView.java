package org.kapcare.records.note;

import java.time.Instant;
import java.util.UUID;

/** A note; an amendment names the note it corrects in {@code amendsId}. */
public record NoteView(
    UUID id,
    UUID clientId,
    UUID authorId,
    String authorRole,
    Note.Kind kind,
    String body,
    Instant signedAt,
    UUID amendsId,
    String amendmentReason) {

  static NoteView of(Note n) {
    return new NoteView(
        n.id,
        n.clientId,
        n.authorId,
        n.authorRole,
        n.kind,
        n.body,
        n.signedAt,
        n.amendsId,
        n.amendmentReason);
  }
}
