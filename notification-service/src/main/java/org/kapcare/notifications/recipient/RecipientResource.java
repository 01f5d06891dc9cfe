package org.kapcare.notifications.recipient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.security.Roles;

/** How people are reached. */
@Path("/recipients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Recipients",
    description = "A person's channels and preferences (SMS only with the chart's consent)")
@SecurityRequirement(name = "SecurityScheme")
public class RecipientResource {

  private final RecipientDirectory directory;

  RecipientResource(RecipientDirectory directory) {
    this.directory = directory;
  }

  @GET
  @Path("/{personId}")
  @RolesAllowed({
    Roles.CLIENT,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN,
    Roles.COORDINATOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "A recipient's channels",
      description = "The person themself, coordinators and admins.")
  @APIResponse(responseCode = "200", description = "The recipient")
  @APIResponse(responseCode = "404", description = "Nobody with this id can be reached yet")
  public RestResponse<RecipientView> get(@PathParam("personId") UUID personId) {
    return withTag(directory.get(personId));
  }

  @PUT
  @Path("/{personId}/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLIENT,
    Roles.THERAPIST,
    Roles.PRESCRIBER,
    Roles.NURSE,
    Roles.CHAPLAIN,
    Roles.COORDINATOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "Change time zone, language and quiet hours",
      description = "The person themself or an admin; If-Match with the recipient's ETag.")
  @APIResponse(responseCode = "200", description = "Updated")
  @APIResponse(responseCode = "404", description = "Nobody with this id can be reached yet")
  public RestResponse<RecipientView> updatePreferences(
      @PathParam("personId") UUID personId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull PreferencesRequest request) {
    return withTag(directory.updatePreferences(personId, ifMatch, request));
  }

  private static RestResponse<RecipientView> withTag(Recipient recipient) {
    return EntityVersions.ok(RecipientView.of(recipient), recipient.version);
  }
}
