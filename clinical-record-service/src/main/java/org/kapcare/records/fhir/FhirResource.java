package org.kapcare.records.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** FHIR R4 export of a client's record for partner clinics (with consent) and the client. */
@Path("/clients/{clientId}/fhir")
@Tag(name = "FHIR export", description = "What a client consented to share, as a FHIR R4 Bundle")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class FhirResource {

  static final String FHIR_JSON = "application/fhir+json";

  private final FhirExport export;

  FhirResource(FhirExport export) {
    this.export = export;
  }

  @GET
  @Path("export")
  @Produces({FHIR_JSON, "application/json"})
  @Operation(
      summary = "Export the record as a FHIR R4 Bundle",
      description =
          "Patient, CareTeam, Encounter, vital-sign Observations (LOINC), QuestionnaireResponse +"
              + " score Observations, CarePlan + Goal, MedicationAdministration, Consent. A partner"
              + " clinic receives only what the client consented to share with it; without that"
              + " consent the answer is 403.")
  @APIResponse(
      responseCode = "200",
      description = "A Bundle of type collection",
      content =
          @Content(
              mediaType = FHIR_JSON,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
  @APIResponse(responseCode = "403", description = "No consent to share with this partner")
  public String export(@PathParam("clientId") UUID clientId) {
    return export.export(clientId);
  }
}
