package org.kapcare.records.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;
import org.kapcare.records.access.Grant;

/** Writing, amending and reading notes. Psychotherapy notes are visible to their author only. */
@ApplicationScoped
@Transactional
public class Notes {

  private final ChartAccess access;
  private final Caller caller;

  Notes(ChartAccess access, Caller caller) {
    this.access = access;
    this.caller = caller;
  }

  public Note write(UUID clientId, @Valid NoteRequests.Write request) {
    UUID id = UUID.randomUUID();
    Grant grant = access.require(clientId, ChartAction.WRITE_NOTE, id);
    return insert(id, clientId, grant, request.kind(), request.body(), null, null);
  }

  /** Amends a note: only its author, and only the note as signed (never an edit in place). */
  public Note amend(UUID clientId, UUID noteId, @Valid NoteRequests.Amend request) {
    UUID id = UUID.randomUUID();
    Grant grant = access.require(clientId, ChartAction.WRITE_NOTE, id);
    Note original = visible(clientId, noteId);
    if (!original.authorId.toString().equals(caller.id())) {
      throw ProblemException.forbidden("only the author may amend a note");
    }
    return insert(
        id, clientId, grant, original.kind, request.body(), original.id, request.reason());
  }

  private Note insert(
      UUID id,
      UUID clientId,
      Grant grant,
      Note.Kind kind,
      String body,
      UUID amends,
      String reason) {
    Note n = new Note();
    n.id = id;
    n.clientId = clientId;
    n.authorId = UUID.fromString(caller.id());
    n.authorRole = grant.relation().name().toLowerCase(Locale.ROOT);
    n.kind = kind;
    n.body = body;
    n.signedAt = Instant.now();
    n.amendsId = amends;
    n.amendmentReason = reason == null ? null : reason.strip();
    n.persist();
    return n;
  }

  /**
   * The notes the caller may see, oldest first: progress notes, and their own psychotherapy notes.
   */
  public List<Note> list(UUID clientId) {
    access.require(clientId, ChartAction.READ_NOTES, null);
    return Note.<Note>find(
            "clientId = ?1 AND (kind = ?2 OR authorId = ?3) ORDER BY signedAt",
            clientId,
            Note.Kind.PROGRESS,
            UUID.fromString(caller.id()))
        .page(0, 500)
        .list();
  }

  public Note read(UUID clientId, UUID noteId) {
    access.require(clientId, ChartAction.READ_NOTES, noteId);
    return visible(clientId, noteId);
  }

  /** A note the caller may see; someone else's psychotherapy note is "not found". */
  private Note visible(UUID clientId, UUID noteId) {
    Note n = Note.findById(noteId);
    if (n == null
        || !n.clientId.equals(clientId)
        || (n.kind == Note.Kind.PSYCHOTHERAPY && !n.authorId.toString().equals(caller.id()))) {
      throw ProblemException.notFound("note", noteId);
    }
    return n;
  }
}
