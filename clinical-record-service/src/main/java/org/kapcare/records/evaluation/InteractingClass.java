package org.kapcare.records.evaluation;

/** Concomitant medication classes recorded at evaluation because they interact with ketamine. */
public enum InteractingClass {
  NONE,
  SEDATIVE,
  BENZODIAZEPINE,
  PSYCHOSTIMULANT,
  MAOI,
  OPIOID
}
