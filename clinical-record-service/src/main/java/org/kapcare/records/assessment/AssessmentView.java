package org.kapcare.records.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A scored assessment against the course baseline: change, response (≥ 50 % drop), remission (PHQ-9
 * < 5), and whether an outcome review is due.
 */
public record AssessmentView(
    UUID id,
    UUID clientId,
    Instrument instrument,
    List<Short> answers,
    @Schema(description = "The score: the sum of the answers") int total,
    String severity,
    @Schema(
            description =
                "PHQ-9 item 9 above 0, whatever the total: the care team is alerted at once")
        boolean suicideRisk,
    boolean positiveScreen,
    Boolean dsm5Pattern,
    Instant administeredAt,
    Integer baselineTotal,
    Integer changeFromBaseline,
    boolean response,
    boolean remission,
    boolean outcomeReviewDue) {}
