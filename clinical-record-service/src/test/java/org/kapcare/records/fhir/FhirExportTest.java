package org.kapcare.records.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kapcare.records.Charts.as;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;

/** The FHIR export: valid against the R4 base specification and filtered by the consent. */
@QuarkusTest
class FhirExportTest {

  private static final String PARTNER = "partner-clinic";
  private static FhirContext fhir;
  private static FhirValidator validator;

  @BeforeAll
  static void validator() {
    fhir = FhirContext.forR4Cached();
    ValidationSupportChain support =
        new ValidationSupportChain(
            fhir.getValidationSupport(),
            new InMemoryTerminologyServerValidationSupport(fhir),
            new CommonCodeSystemsTerminologyService(fhir));
    validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
  }

  /** A client with a whole dosing session, a preparation, an assessment and two consents. */
  private static UUID fullChart() {
    UUID client = Charts.readyForDosing();
    Charts.dosingSigned(client);
    as(DemoUser.TESS_THERAPIST)
        .body(Map.of("instrument", "PHQ9", "answers", List.of(2, 2, 1, 2, 1, 1, 2, 1, 0)))
        .post("/clients/{c}/assessments", client)
        .then()
        .statusCode(201);
    return client;
  }

  private static String share(UUID client, List<String> scope) {
    return as(DemoUser.CORA_COORDINATOR)
        .body(
            Map.of(
                "kind",
                "PARTNER_SHARE",
                "partnerId",
                PARTNER,
                "scope",
                scope,
                "signedAt",
                Instant.now().minusSeconds(5).toString(),
                "evidence",
                Charts.signedPaper()))
        .post("/clients/{c}/consents", client)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String exportAsPartner(UUID client, int status) {
    return given()
        .header("Authorization", "Bearer " + Tokens.partnerClinic())
        .get("/clients/{c}/fhir/export", client)
        .then()
        .statusCode(status)
        .extract()
        .asString();
  }

  private static Set<String> resourceTypes(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(e -> e.getResource().fhirType())
        .collect(Collectors.toSet());
  }

  @Test
  void exportIsAValidFhirR4BundleWithTheMappedResources() {
    UUID client = fullChart();
    String json =
        as(DemoUser.PAULA_PRESCRIBER)
            .accept("application/fhir+json")
            .get("/clients/{c}/fhir/export", client)
            .then()
            .statusCode(200)
            .contentType("application/fhir+json")
            .extract()
            .asString();
    ValidationResult result = validator.validateWithResult(json);
    List<String> errors =
        result.getMessages().stream()
            .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
            .map(SingleValidationMessage::toString)
            .toList();
    assertTrue(errors.isEmpty(), "FHIR validation errors: " + errors);

    Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, json);
    assertTrue(
        resourceTypes(bundle)
            .containsAll(
                Set.of(
                    "Patient",
                    "CareTeam",
                    "Encounter",
                    "Observation",
                    "QuestionnaireResponse",
                    "CarePlan",
                    "Goal",
                    "MedicationAdministration",
                    "Consent")),
        "got " + resourceTypes(bundle));
    Set<String> loinc =
        bundle.getEntry().stream()
            .filter(e -> e.getResource() instanceof Observation)
            .flatMap(e -> ((Observation) e.getResource()).getCode().getCoding().stream())
            .map(c -> c.getCode())
            .collect(Collectors.toSet());
    assertTrue(
        loinc.containsAll(Set.of("85354-9", "8867-4", "9279-1", "2708-6", "59408-5", "44261-6")),
        "LOINC codes " + loinc);
    assertTrue(Charts.audited(client, DemoUser.PAULA_PRESCRIBER, "fhir-bundle", "ALLOWED"));
  }

  @Test
  void theValidatorRejectsAnInvalidBundle() {
    // Guards the test above against a validator that accepts anything: status is required.
    String broken =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"fullUrl\":"
            + "\"urn:uuid:0b7f5a9e-1c2d-4e3f-8a9b-0c1d2e3f4a5b\",\"resource\":"
            + "{\"resourceType\":\"Observation\",\"code\":{\"text\":\"x\"}}}]}";
    assertFalse(
        validator.validateWithResult(broken).getMessages().stream()
            .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
            .toList()
            .isEmpty());
  }

  @Test
  void partnerWithoutConsentIsRefused() {
    UUID client = fullChart();
    exportAsPartner(client, 403);
  }

  @Test
  void refusedExportSaysItWasTheExportThatWasRefused() {
    UUID client = fullChart();
    given()
        .header("Authorization", "Bearer " + Tokens.partnerClinic())
        .get("/clients/{c}/fhir/export", client)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo(ProblemType.uri(ProblemType.FORBIDDEN).toString()))
        .body("detail", equalTo("you may not export the fhir bundle of this client"));
  }

  @Test
  void partnerReceivesOnlyWhatTheClientConsentedToShare() {
    UUID client = fullChart();
    share(client, List.of("ASSESSMENTS"));
    Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, exportAsPartner(client, 200));
    Set<String> types = resourceTypes(bundle);
    assertTrue(types.contains("QuestionnaireResponse"), "got " + types);
    assertFalse(types.contains("Patient"), "demographics were not shared");
    assertFalse(types.contains("MedicationAdministration"), "medications were not shared");
    assertFalse(types.contains("CarePlan"), "the plan was not shared");
    long vitals =
        bundle.getEntry().stream()
            .filter(e -> e.getResource() instanceof Observation)
            .filter(
                e ->
                    ((Observation) e.getResource())
                        .getCategoryFirstRep()
                        .getCodingFirstRep()
                        .getCode()
                        .equals("vital-signs"))
            .count();
    assertEquals(0, vitals, "vitals were not shared");
    long consents =
        types.contains("Consent")
            ? bundle.getEntry().stream()
                .filter(e -> e.getResource().fhirType().equals("Consent"))
                .count()
            : 0;
    assertEquals(1, consents, "only the sharing consent itself, not the treatment consent");
  }

  @Test
  void withdrawnSharingConsentStopsTheExportAtOnce() {
    UUID client = fullChart();
    String consent = share(client, List.of("DEMOGRAPHICS", "VITALS"));
    exportAsPartner(client, 200);
    as(DemoUser.CORA_COORDINATOR)
        .post("/clients/{c}/consents/{k}/withdrawal", client, consent)
        .then()
        .statusCode(200);
    exportAsPartner(client, 403);
  }

  @Test
  void coordinatorCannotExportClinicalRecords() {
    UUID client = Charts.withTeam();
    as(DemoUser.CORA_COORDINATOR).get("/clients/{c}/fhir/export", client).then().statusCode(403);
  }
}
