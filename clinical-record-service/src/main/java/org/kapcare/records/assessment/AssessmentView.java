package org.kapcare.records.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A scored assessment against the course baseline: change, response (≥ 50 % drop), remission (PHQ-9
 * < 5), and whether an outcome review is due.
 */
public record AssessmentView(
    UUID id,
    UUID clientId,
    Instrument instrument,
    List<Short> answers,
    int total,
    String severity,
    boolean suicideRisk,
    boolean positiveScreen,
    Boolean dsm5Pattern,
    Instant administeredAt,
    Integer baselineTotal,
    Integer changeFromBaseline,
    boolean response,
    boolean remission,
    boolean outcomeReviewDue) {}
