package org.kapcare.records.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.kapcare.contracts.clinical.Route;

/** Code systems and the codes the export uses (domain.md §5). */
final class Codes {

  static final String LOINC = "http://loinc.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
  static final String PERSON_ID = "https://kapcare.org/fhir/person-id";
  static final String PARTNER_ID = "https://kapcare.org/fhir/partner-id";

  static final String BP_PANEL = "85354-9";
  static final String SYSTOLIC = "8480-6";
  static final String DIASTOLIC = "8462-4";
  static final String HEART_RATE = "8867-4";
  static final String RESPIRATORY_RATE = "9279-1";
  static final String SPO2 = "2708-6";
  static final String SPO2_PULSE_OXIMETRY = "59408-5";

  private Codes() {}

  static CodeableConcept loinc(String code, String display) {
    return new CodeableConcept().addCoding(new Coding(LOINC, code, display)).setText(display);
  }

  static CodeableConcept category(String code, String display) {
    return new CodeableConcept().addCoding(new Coding(OBSERVATION_CATEGORY, code, display));
  }

  /** SNOMED CT route of administration. */
  static CodeableConcept route(Route route) {
    return switch (route) {
      case IV -> snomed("47625008", "Intravenous route");
      case IM -> snomed("78421000", "Intramuscular route");
      case SUBLINGUAL -> snomed("37839007", "Sublingual route");
      case INTRANASAL -> snomed("46713006", "Nasal route");
    };
  }

  /** Ketamine (RxNorm ingredient 6130); intranasal esketamine named in text. */
  static CodeableConcept medication(Route route) {
    return route == Route.INTRANASAL
        ? new CodeableConcept().setText("Esketamine nasal spray")
        : new CodeableConcept()
            .addCoding(new Coding(RXNORM, "6130", "ketamine"))
            .setText("Ketamine");
  }

  private static CodeableConcept snomed(String code, String display) {
    return new CodeableConcept().addCoding(new Coding(SNOMED, code, display)).setText(display);
  }
}
