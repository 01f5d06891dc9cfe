package org.kapcare.records.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kapcare.platform.problem.ProblemException;

/**
 * A preparation, dosing or integration session as it happened. The kind-specific content (the
 * intention, the checklist, the insights) is a JSON document; doses, vitals and checks of a dosing
 * session have their own tables.
 */
@Entity
@Table(name = "session_record")
public class SessionRecord extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "client_id")
  public UUID clientId;

  @Column(name = "plan_id")
  public UUID planId;

  @Enumerated(EnumType.STRING)
  public SessionKind kind;

  @Column(name = "appointment_id")
  public UUID appointmentId;

  @Enumerated(EnumType.STRING)
  public SessionStatus status;

  @Column(name = "opened_at")
  public Instant openedAt;

  @Column(name = "opened_by")
  public UUID openedBy;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "discharged_at")
  public Instant dischargedAt;

  @Column(name = "signed_at")
  public Instant signedAt;

  @Column(name = "signed_by")
  public UUID signedBy;

  @JdbcTypeCode(SqlTypes.JSON)
  public ObjectNode content;

  @Column(name = "override_reason")
  public String overrideReason;

  @Version public long version;

  /**
   * Sets one field of the content. A new document each time, so that Hibernate sees the change
   * whatever mutability it assumes for JSON values.
   */
  public void putContent(String field, JsonNode value) {
    ObjectNode next = content.deepCopy();
    next.set(field, value);
    content = next;
  }

  /** Refuses a change unless the record is in {@code expected}; names the rule otherwise. */
  public void requireStatus(SessionStatus expected, String rule, String detail) {
    if (status == SessionStatus.SIGNED) {
      throw ProblemException.ruleConflict(
          "session-already-signed", "Already signed", "a signed session record never changes");
    }
    if (status != expected) {
      throw ProblemException.ruleConflict(rule, "Not allowed now", detail);
    }
  }
}
