package org.kapcare.records.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kapcare.platform.http.Created;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.idempotency.IdempotentCreation;

/**
 * Referrals from partner clinics. Who may do what is decided (and audited) by {@link
 * ReferralAccess}, so that refusals are on record too.
 */
@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Referrals",
    description = "Referrals from partner clinics, accepted or declined by the clinic")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed("**")
public class ReferralResource {

  private static final String REFERRAL_ID = "8a0e5b79-2c8d-4f4e-8a77-1b3d9c5e0a01";
  private static final String CURSOR =
      "MjAyNi0xMS0yMFQxNjowMDowMFp8OGEwZTViNzktMmM4ZC00ZjRlLThhNzctMWIzZDljNWUwYTAx";

  private final Referrals referrals;
  private final IdempotentCreation idempotent;

  ReferralResource(Referrals referrals, IdempotentCreation idempotent) {
    this.referrals = referrals;
    this.idempotent = idempotent;
  }

  /** A page of referrals as documented (the answer is a {@link Page}). */
  @Schema(name = "ReferralPage")
  public record ReferralPage(
      List<ReferralView> items,
      @Schema(
              description = "Pass back as `cursor` for the next page; null on the last",
              example = CURSOR)
          String next) {}

  @POST
  @Operation(
      summary = "Refer a person to the clinic",
      description =
          "Partner clinics (the partner is the token's client, never the body); coordinators and"
              + " admins for a referral taken by phone. Status RECEIVED; emits ReferralReceived"
              + " (ids and urgency only).")
  @APIResponse(
      responseCode = "201",
      description = "Received",
      content = @Content(schema = @Schema(implementation = ReferralView.class)))
  @APIResponse(responseCode = "422", description = "An Idempotency-Key reused for another body")
  public Response submit(
      @Parameter(example = "referral-2026-11-20-0001") @HeaderParam(IdempotentCreation.HEADER)
          String idempotencyKey,
      @Valid @NotNull ReferralRequest request,
      UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        "POST /referrals",
        request,
        () -> {
          Referral r = referrals.submit(request);
          return new IdempotentCreation.Created(
              Created.location(uri, r.id), EntityVersions.tag(r.version), ReferralView.of(r));
        });
  }

  @GET
  @Operation(
      summary = "Referrals, newest first",
      description =
          "A partner sees its own referrals; coordinators and admins all of them. Cursor-paged;"
              + " every referral read is audited.")
  @APIResponse(
      responseCode = "200",
      description = "A page of referrals",
      content = @Content(schema = @Schema(implementation = ReferralPage.class)))
  public Page<ReferralView> list(
      @Parameter(example = "RECEIVED") @QueryParam("status") ReferralStatus status,
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
    Page<Referral> page = referrals.list(status, Cursor.decode(cursor), limit);
    return new Page<>(page.items().stream().map(ReferralView::of).toList(), page.next());
  }

  @GET
  @Path("{referralId}")
  @Operation(
      summary = "A referral",
      description =
          "Its partner, coordinators and admins; another partner's referral is a 404. The ETag is"
              + " the version to send in If-Match when deciding.")
  @APIResponse(responseCode = "200", description = "The referral")
  @APIResponse(responseCode = "404", description = "No such referral (or not yours)")
  public RestResponse<ReferralView> get(
      @Parameter(example = REFERRAL_ID) @PathParam("referralId") UUID referralId) {
    Referral r = referrals.get(referralId);
    return EntityVersions.ok(ReferralView.of(r), r.version);
  }

  @POST
  @Path("{referralId}/acceptance")
  @Operation(
      summary = "Accept a referral",
      description =
          "Coordinators and admins. Enrolls the referred person as a client (referral source"
              + " PARTNER_CLINIC; emits ClientEnrolled) and links the referral to the client.")
  @APIResponse(responseCode = "200", description = "Accepted; clientId names the new client")
  @APIResponse(responseCode = "404", description = "No such referral")
  @APIResponse(
      responseCode = "409",
      description = "Already decided (referral-already-decided), or the person is already enrolled")
  public RestResponse<ReferralView> accept(
      @Parameter(example = REFERRAL_ID) @PathParam("referralId") UUID referralId,
      @Parameter(example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull AcceptanceRequest request) {
    Referral r = referrals.accept(referralId, request, ifMatch);
    return EntityVersions.ok(ReferralView.of(r), r.version);
  }

  @POST
  @Path("{referralId}/decline")
  @Operation(
      summary = "Decline a referral",
      description = "Coordinators and admins, with a reason the referring partner reads.")
  @APIResponse(responseCode = "200", description = "Declined")
  @APIResponse(responseCode = "404", description = "No such referral")
  @APIResponse(responseCode = "409", description = "Already decided (referral-already-decided)")
  public RestResponse<ReferralView> decline(
      @Parameter(example = REFERRAL_ID) @PathParam("referralId") UUID referralId,
      @Parameter(example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull DeclineRequest request) {
    Referral r = referrals.decline(referralId, request, ifMatch);
    return EntityVersions.ok(ReferralView.of(r), r.version);
  }
}
