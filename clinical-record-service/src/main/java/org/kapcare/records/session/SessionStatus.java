package org.kapcare.records.session;

/**
 * Where a session record stands. Preparation and integration go DRAFT → SIGNED; dosing goes DRAFT →
 * IN_PROGRESS (checklist passed) → DISCHARGED → SIGNED. A signed record never changes.
 */
public enum SessionStatus {
  DRAFT,
  IN_PROGRESS,
  DISCHARGED,
  SIGNED
}
