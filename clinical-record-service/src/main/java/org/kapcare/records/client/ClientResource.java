package org.kapcare.records.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.platform.http.Created;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.idempotency.IdempotentCreation;
import org.kapcare.platform.security.Roles;

/** Enrollment and demographics of clients. */
@Path("/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Clients",
    description = "Enrolment, the chart's demographics, and the staff's client list")
@SecurityRequirement(name = "SecurityScheme")
public class ClientResource {

  /** Examples for the OpenAPI document: a demo client and her primary clinician. */
  static final String CLIENT_ID = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01";

  static final String PRIMARY_CLINICIAN_ID = "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01";

  /** The {@link Cursor} after that client (her enrollment instant and id). */
  static final String CURSOR =
      "MjAyNi0xMS0yMFQxNjowMDowMC40ODMyMTFafDFmMGM3YTUyLTNiMWUtNGM3YS05ZDU1LTBhNmMxZTdkMmIwMQ";

  private final ClientService clients;
  private final IdempotentCreation idempotent;

  ClientResource(ClientService clients, IdempotentCreation idempotent) {
    this.clients = clients;
    this.idempotent = idempotent;
  }

  /** A page of the client list as documented (the answer is a {@link Page}). */
  @Schema(name = "PageClientListItem")
  public record ClientPage(
      List<ClientListItem> items,
      @Schema(
              description = "Pass back as `cursor` for the next page; null on the last",
              example = CURSOR)
          String next) {}

  @GET
  @RolesAllowed("**")
  @Operation(
      summary = "Find clients",
      description =
          "The staff's client list. Coordinators and admins find every client of the clinic;"
              + " clinicians (therapist, prescriber, nurse, chaplain) the clients whose care team"
              + " names them, and a client whose chart they broke the glass for while the grant"
              + " lasts; clients and partners are refused (403). Filters combine: name (each word,"
              + " case-insensitive, within the given, family or preferred name), dateOfBirth"
              + " (exact), status. Ordered by family name, given name, id; cursor-paged. Each item"
              + " is who the client is, never contact details or clinical content. Every search is"
              + " audited (who searched, and each client answered); the search terms are neither"
              + " audited nor logged.")
  @APIResponse(
      responseCode = "200",
      description = "A page of clients",
      content = @Content(schema = @Schema(implementation = ClientPage.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A limit outside 1–200, a dateOfBirth that is not a date (YYYY-MM-DD), an unknown"
              + " status, a name over 100 characters, or a malformed cursor")
  @APIResponse(responseCode = "403", description = "Clients and partners may not list clients")
  public Page<ClientListItem> search(
      @Parameter(
              description =
                  "Words that must each occur, case-insensitive, in the given, family or preferred"
                      + " name",
              example = "lan")
          @QueryParam("name")
          @Size(max = 100)
          @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*", message = "must not contain control characters")
          String name,
      @Parameter(description = "The exact date of birth, YYYY-MM-DD", example = "1988-04-12")
          @QueryParam("dateOfBirth")
          LocalDate dateOfBirth,
      @Parameter(example = "CARE_TEAM_ASSIGNED") @QueryParam("status") ClientStatus status,
      @Parameter(
              description = "The next cursor of the previous page, passed back unchanged",
              example = CURSOR)
          @QueryParam("cursor")
          String cursor,
      @Parameter(example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(Cursor.MAX_LIMIT)
          int limit) {
    return clients.search(name, dateOfBirth, status, Cursor.decode(cursor), limit);
  }

  @POST
  @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
  @Operation(summary = "Enroll a client", description = "Emits ClientEnrolled.")
  @APIResponse(
      responseCode = "201",
      description = "Enrolled",
      content = @Content(schema = @Schema(implementation = ClientView.class)))
  @APIResponse(responseCode = "422", description = "An Idempotency-Key reused for another body")
  @APIResponse(responseCode = "409", description = "Already enrolled, or the e-mail is in use")
  public Response enroll(
      @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
      @Valid @NotNull EnrollClientRequest request,
      UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        "POST /clients",
        request,
        () -> {
          Client client = clients.enroll(request);
          return new IdempotentCreation.Created(
              Created.location(uri, client.id),
              EntityVersions.tag(client.version),
              ClientView.of(client));
        });
  }

  @GET
  @Path("/{clientId}")
  @RolesAllowed("**")
  @Operation(
      summary = "A client's demographics",
      description = "The client, the care team, coordinators, admins.")
  @APIResponse(responseCode = "200", description = "The client")
  @APIResponse(responseCode = "404", description = "No such client")
  public ClientView get(@PathParam("clientId") UUID clientId) {
    return ClientView.of(clients.demographics(clientId));
  }
}
