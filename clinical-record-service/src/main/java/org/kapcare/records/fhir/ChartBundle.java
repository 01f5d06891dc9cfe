package org.kapcare.records.fhir;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.kapcare.records.assessment.Assessment;
import org.kapcare.records.client.Client;
import org.kapcare.records.consent.ConsentKind;
import org.kapcare.records.plan.TreatmentPlan;
import org.kapcare.records.session.DoseAdministration;
import org.kapcare.records.session.SessionKind;
import org.kapcare.records.session.SessionRecord;
import org.kapcare.records.session.SessionStatus;
import org.kapcare.records.session.VitalReading;

/** Maps chart rows to FHIR R4 resources (domain.md §5) and collects them in one Bundle. */
final class ChartBundle {

  private final Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
  private final Reference patient;

  ChartBundle(UUID clientId, Date timestamp) {
    this.patient = new Reference("Patient/" + clientId);
    bundle.setId(UUID.randomUUID().toString());
    bundle.setTimestamp(timestamp);
  }

  Bundle bundle() {
    return bundle;
  }

  private void add(Resource resource) {
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:" + resource.getIdElement().getIdPart())
        .setResource(resource);
  }

  private static Reference person(UUID id, String role) {
    return new Reference()
        .setIdentifier(new Identifier().setSystem(Codes.PERSON_ID).setValue(id.toString()))
        .setDisplay(role);
  }

  void patient(Client c) {
    Patient p = new Patient();
    p.setId(c.id.toString());
    p.addIdentifier().setSystem(Codes.PERSON_ID).setValue(c.id.toString());
    HumanName name = p.addName().setFamily(c.familyName).addGiven(c.givenName);
    name.setUse(HumanName.NameUse.OFFICIAL);
    if (c.preferredName != null) {
      p.addName().setUse(HumanName.NameUse.USUAL).addGiven(c.preferredName);
    }
    p.setBirthDate(java.sql.Date.valueOf(c.dateOfBirth));
    p.setGender(AdministrativeGender.UNKNOWN);
    p.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(c.email);
    if (c.phone != null) {
      p.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(c.phone);
    }
    p.addCommunication()
        .setLanguage(
            new CodeableConcept().addCoding(new Coding("urn:ietf:bcp:47", c.language, null)))
        .setPreferred(true);
    add(p);
  }

  void careTeam(org.kapcare.records.careteam.CareTeam t) {
    CareTeam ct = new CareTeam();
    ct.setId(UUID.nameUUIDFromBytes(("care-team:" + t.clientId).getBytes()).toString());
    ct.setStatus(CareTeam.CareTeamStatus.ACTIVE);
    ct.setSubject(patient);
    ct.setName("KAP care team");
    participant(ct, t.therapistId, "therapist");
    participant(ct, t.prescriberId, "prescriber");
    t.nurseIds.forEach(n -> participant(ct, n, "nurse"));
    participant(ct, t.chaplainId, "chaplain");
    add(ct);
  }

  private static void participant(CareTeam ct, UUID member, String role) {
    if (member != null) {
      ct.addParticipant()
          .addRole(new CodeableConcept().setText(role))
          .setMember(person(member, role));
    }
  }

  void encounter(SessionRecord r) {
    Encounter e = new Encounter();
    e.setId(r.id.toString());
    e.setStatus(
        r.status == SessionStatus.SIGNED
            ? Encounter.EncounterStatus.FINISHED
            : Encounter.EncounterStatus.INPROGRESS);
    e.setClass_(
        new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
    e.addType(new CodeableConcept().setText(kindText(r.kind)));
    e.setSubject(patient);
    Period period =
        new Period().setStart(Date.from(r.startedAt != null ? r.startedAt : r.openedAt));
    if (r.signedAt != null) {
      period.setEnd(Date.from(r.dischargedAt != null ? r.dischargedAt : r.signedAt));
    }
    e.setPeriod(period);
    add(e);
  }

  private static String kindText(SessionKind kind) {
    return switch (kind) {
      case PREPARATION -> "KAP preparation session";
      case DOSING -> "KAP medicine (dosing) session";
      case INTEGRATION -> "KAP integration session";
    };
  }

  /** One reading becomes up to four vital-sign Observations (BP panel, HR, RR, SpO2). */
  void vitals(VitalReading v) {
    if (v.systolic != null || v.diastolic != null) {
      Observation bp = vital(v, "bp", Codes.BP_PANEL, "Blood pressure panel");
      component(bp, Codes.SYSTOLIC, "Systolic blood pressure", v.systolic, "mm[Hg]");
      component(bp, Codes.DIASTOLIC, "Diastolic blood pressure", v.diastolic, "mm[Hg]");
      add(bp);
    }
    if (v.heartRate != null) {
      add(valued(vital(v, "hr", Codes.HEART_RATE, "Heart rate"), v.heartRate, "/min"));
    }
    if (v.respiratoryRate != null) {
      add(
          valued(
              vital(v, "rr", Codes.RESPIRATORY_RATE, "Respiratory rate"),
              v.respiratoryRate,
              "/min"));
    }
    if (v.spo2 != null) {
      Observation o = vital(v, "spo2", Codes.SPO2, "Oxygen saturation in Arterial blood");
      o.getCode()
          .addCoding(
              new Coding(
                  Codes.LOINC,
                  Codes.SPO2_PULSE_OXIMETRY,
                  "Oxygen saturation in Arterial blood by Pulse oximetry"));
      add(valued(o, v.spo2, "%"));
    }
  }

  private Observation vital(VitalReading v, String part, String code, String display) {
    Observation o = new Observation();
    o.setId(UUID.nameUUIDFromBytes((v.id + ":" + part).getBytes()).toString());
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addCategory(Codes.category("vital-signs", "Vital Signs"));
    o.setCode(Codes.loinc(code, display));
    o.setSubject(patient);
    o.setEncounter(new Reference("Encounter/" + v.sessionId));
    o.setEffective(new DateTimeType(Date.from(v.measuredAt)));
    return o;
  }

  private static Observation valued(Observation o, int value, String unit) {
    o.setValue(quantity(value, unit));
    return o;
  }

  private static void component(
      Observation o, String code, String display, Integer value, String unit) {
    if (value != null) {
      o.addComponent().setCode(Codes.loinc(code, display)).setValue(quantity(value, unit));
    }
  }

  private static Quantity quantity(Number value, String unit) {
    return new Quantity()
        .setValue(new BigDecimal(value.toString()))
        .setUnit(unit)
        .setSystem(Codes.UCUM)
        .setCode(unit);
  }

  /** A questionnaire response and its total score as an Observation derived from it. */
  void assessment(Assessment a) {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setId(a.id.toString());
    qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    qr.setSubject(patient);
    qr.setAuthored(Date.from(a.administeredAt));
    for (int i = 0; i < a.answers.size(); i++) {
      qr.addItem()
          .setLinkId(String.valueOf(i + 1))
          .addAnswer()
          .setValue(new IntegerType(a.answers.get(i)));
    }
    if (a.instrument.loincPanel != null) {
      qr.setQuestionnaire("http://loinc.org/q/" + a.instrument.loincPanel);
    }
    add(qr);
    Observation score = new Observation();
    score.setId(UUID.nameUUIDFromBytes(("score:" + a.id).getBytes()).toString());
    score.setStatus(Observation.ObservationStatus.FINAL);
    score.addCategory(Codes.category("survey", "Survey"));
    score.setCode(
        a.instrument.loincTotal != null
            ? Codes.loinc(a.instrument.loincTotal, a.instrument.name() + " total score")
            : new CodeableConcept().setText("PCL-5 total score"));
    score.setSubject(patient);
    score.setEffective(new DateTimeType(Date.from(a.administeredAt)));
    score.setValue(new IntegerType(a.total));
    score.addInterpretation(new CodeableConcept().setText(a.severity));
    score.addDerivedFrom(new Reference("QuestionnaireResponse/" + a.id));
    add(score);
  }

  /** The plan as a CarePlan with its goals and the client's intentions as Goals. */
  void carePlan(TreatmentPlan plan, List<String> intentions) {
    CarePlan cp = new CarePlan();
    cp.setId(plan.id.toString());
    cp.setStatus(
        plan.status == TreatmentPlan.Status.ACTIVE
            ? CarePlan.CarePlanStatus.ACTIVE
            : CarePlan.CarePlanStatus.REVOKED);
    cp.setIntent(CarePlan.CarePlanIntent.PLAN);
    cp.setTitle("Ketamine-assisted psychotherapy course");
    cp.setDescription(
        plan.dosingSessions
            + " dosing sessions over "
            + plan.courseWeeks
            + " weeks, "
            + plan.route
            + " "
            + plan.doseMg
            + " mg");
    cp.setSubject(patient);
    cp.setCreated(Date.from(plan.signedAt));
    plan.goals.forEach(g -> cp.addGoal(new Reference("Goal/" + goal(g.id(), g.text()))));
    for (String intention : intentions) {
      UUID id = UUID.nameUUIDFromBytes((plan.id + ":" + intention).getBytes());
      cp.addGoal(new Reference("Goal/" + goal(id, "Intention: " + intention)));
    }
    add(cp);
  }

  private String goal(UUID id, String text) {
    Goal g = new Goal();
    g.setId(id.toString());
    g.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
    g.setDescription(new CodeableConcept().setText(text));
    g.setSubject(patient);
    add(g);
    return id.toString();
  }

  /** A dose given; the lot number sits on a contained Medication. */
  void dose(DoseAdministration d) {
    MedicationAdministration ma = new MedicationAdministration();
    ma.setId(d.id.toString());
    ma.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
    Medication med = new Medication();
    med.setId("med");
    med.setCode(Codes.medication(d.route));
    med.getBatch().setLotNumber(d.lotNumber);
    ma.addContained(med);
    ma.setMedication(new Reference("#med"));
    ma.setSubject(patient);
    ma.setContext(new Reference("Encounter/" + d.sessionId));
    Period period = new Period().setStart(Date.from(d.startedAt));
    if (d.endedAt != null) {
      period.setEnd(Date.from(d.endedAt));
    }
    ma.setEffective(period);
    ma.getDosage().setRoute(Codes.route(d.route)).setDose(quantity(d.doseMg, "mg"));
    add(ma);
  }

  void consent(org.kapcare.records.consent.Consent c) {
    Consent fc = new Consent();
    fc.setId(c.id.toString());
    fc.setStatus(c.active() ? Consent.ConsentState.ACTIVE : Consent.ConsentState.INACTIVE);
    boolean share = c.kind == ConsentKind.PARTNER_SHARE;
    fc.setScope(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    Codes.CONSENT_SCOPE,
                    share ? "patient-privacy" : "treatment",
                    share ? "Privacy Consent" : "Treatment")));
    fc.addCategory(Codes.loinc("59284-0", "Patient Consent"));
    fc.setPatient(patient);
    fc.setDateTime(Date.from(c.signedAt));
    fc.setPolicyRule(
        new CodeableConcept().addCoding(new Coding(Codes.ACT_CODE, "OPTIN", "opt-in")));
    Consent.ProvisionComponent provision =
        fc.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
    if (c.active()) {
      provision.setPeriod(new Period().setStart(Date.from(c.signedAt)));
    } else {
      provision.setPeriod(
          new Period().setStart(Date.from(c.signedAt)).setEnd(Date.from(c.withdrawnAt)));
    }
    if (share) {
      provision
          .addActor()
          .setRole(
              new CodeableConcept()
                  .addCoding(
                      new Coding(
                          "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                          "IRCP",
                          "information recipient")))
          .setReference(
              new Reference()
                  .setIdentifier(new Identifier().setSystem(Codes.PARTNER_ID).setValue(c.partnerId))
                  .setDisplay(c.partnerId));
      c.scope.forEach(s -> provision.addClass_(new Coding(Codes.PARTNER_ID + "/scope", s, null)));
    }
    add(fc);
  }
}
