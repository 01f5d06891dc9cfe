package org.kapcare.records.assessment;

/**
 * A scored instrument. {@code positiveScreen}: GAD-7 ≥ 10, PCL-5 ≥ the cutoff; {@code dsm5Pattern}:
 * PCL-5 only, whether the DSM-5 symptom-cluster rule is met.
 */
public record Score(
    int total, String severity, boolean suicideRisk, boolean positiveScreen, Boolean dsm5Pattern) {}
