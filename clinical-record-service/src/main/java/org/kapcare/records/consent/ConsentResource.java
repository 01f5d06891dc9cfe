package org.kapcare.records.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.Created;

/** Consents: informed consent to KAP, sharing with a partner clinic, SMS. */
@Path("/clients/{clientId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Consent",
    description = "Consents the client signed: treatment, SMS, sharing with a partner clinic")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class ConsentResource {

  private final ConsentService consents;

  ConsentResource(ConsentService consents) {
    this.consents = consents;
  }

  @POST
  @Operation(
      summary = "Record a signed consent",
      description = "The client, their therapist or prescriber, coordinators, admins.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = ConsentView.class)))
  @APIResponse(responseCode = "409", description = "An active consent of this kind exists")
  @APIResponse(
      responseCode = "422",
      description =
          "signedAt in the future or before enrolment, or a partner share without the client's own"
              + " act or its evidence (partner-share-needs-client-act)")
  public RestResponse<ConsentView> record(
      @PathParam("clientId") UUID clientId, @Valid @NotNull ConsentRequest request, UriInfo uri) {
    Consent c = consents.record(clientId, request);
    return Created.at(uri, c.id, ConsentView.of(c));
  }

  @POST
  @Path("{consentId}/withdrawal")
  @Operation(summary = "Withdraw a consent", description = "Takes effect at once.")
  @APIResponse(responseCode = "200", description = "Withdrawn")
  @APIResponse(responseCode = "409", description = "Already withdrawn")
  public ConsentView withdraw(
      @PathParam("clientId") UUID clientId, @PathParam("consentId") UUID consentId) {
    return ConsentView.of(consents.withdraw(clientId, consentId));
  }

  @GET
  @Operation(summary = "The client's consents, newest first (at most 100)")
  @APIResponse(responseCode = "200", description = "The consents")
  public List<ConsentView> list(@PathParam("clientId") UUID clientId) {
    return consents.list(clientId).stream().map(ConsentView::of).toList();
  }
}
