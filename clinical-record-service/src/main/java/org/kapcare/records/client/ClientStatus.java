package org.kapcare.records.client;

/**
 * Where a client stands in enrollment, as the staff's client list shows it: derived from the chart
 * (a client has no status field), never from clinical content.
 */
public enum ClientStatus {
  /** Enrolled; no care team assigned yet. */
  AWAITING_CARE_TEAM,
  /** Enrolled, with a care team assigned. */
  CARE_TEAM_ASSIGNED
}
