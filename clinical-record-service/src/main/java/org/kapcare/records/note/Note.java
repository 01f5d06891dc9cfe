package org.kapcare.records.note;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A signed clinical note. It never changes (the table refuses updates and deletes); a correction is
 * a new note that amends it, with who, when and why.
 */
@Entity
@Table(name = "note")
public class Note extends PanacheEntityBase {

  /** Progress notes belong to the record; psychotherapy notes only to their author. */
  @Schema(name = "NoteKind")
  public enum Kind {
    PROGRESS,
    PSYCHOTHERAPY
  }

  @Id public UUID id;

  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "author_id")
  public UUID authorId;

  @Column(name = "author_role")
  public String authorRole;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  public String body;

  @Column(name = "signed_at")
  public Instant signedAt;

  @Column(name = "amends_id")
  public UUID amendsId;

  @Column(name = "amendment_reason")
  public String amendmentReason;
}
