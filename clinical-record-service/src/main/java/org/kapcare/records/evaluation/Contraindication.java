package org.kapcare.records.evaluation;

/**
 * The contraindications screened at evaluation (domain.md §3: Spravato label, WestJEM ED protocol,
 * Osmind intake guide, Psyon exclusion criteria). Every item must be answered; any "yes" blocks
 * approval unless the prescriber overrides in writing.
 */
public enum Contraindication {
  PSYCHOSIS_SCHIZOPHRENIA_OR_BIPOLAR_MANIA,
  ACTIVE_SUBSTANCE_USE_DISORDER,
  PREGNANCY_OR_BREASTFEEDING,
  UNCONTROLLED_HYPERTENSION,
  ISCHEMIC_HEART_DISEASE,
  ANEURYSMAL_VASCULAR_DISEASE,
  ARTERIOVENOUS_MALFORMATION,
  INTRACEREBRAL_HEMORRHAGE_HISTORY,
  RAISED_INTRACRANIAL_PRESSURE,
  ADVANCED_LIVER_DISEASE,
  KETAMINE_HYPERSENSITIVITY
}
