package org.kapcare.records.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns session records into their views, reading the stored content into its typed shape. */
@ApplicationScoped
public class SessionViews {

  private final ObjectMapper json;

  SessionViews(ObjectMapper json) {
    this.json = json;
  }

  /** The record alone (lists). */
  public SessionView brief(SessionRecord r) {
    return SessionView.of(r, content(r), null);
  }

  /** The record with everything measured during it. */
  public SessionView full(SessionRecord r) {
    return SessionView.of(
        r, content(r), r.kind == SessionKind.DOSING ? SessionView.Measured.during(r) : null);
  }

  /**
   * The stored document read with the service's own settings: a field the kind's record does not
   * declare fails loudly instead of vanishing from the answer.
   */
  SessionContent content(SessionRecord r) {
    return json.convertValue(r.content, SessionContent.of(r.kind));
  }
}
