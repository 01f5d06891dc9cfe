package org.kapcare.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;

/**
 * The audit trail, for admins, in every service that keeps one: query it (reading it is itself
 * audited) and verify its hash chain.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Access and audit",
    description = "The tamper-evident audit trail: who read or changed what, and its verification")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.ADMIN)
@Transactional
public class AuditResource {

  private final AuditTrail trail;
  private final AuditChain chain;
  private final AuditLog log;
  private final Caller caller;

  AuditResource(AuditTrail trail, AuditChain chain, AuditLog log, Caller caller) {
    this.trail = trail;
    this.chain = chain;
    this.log = log;
    this.caller = caller;
  }

  @GET
  @Operation(
      summary = "Query the audit log",
      description = "Newest first, cursor-paged. Reading the log is itself audited.")
  @APIResponse(responseCode = "200", description = "A page of audit entries")
  public Page<AuditTrail.Entry> audit(
      @Parameter(example = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01") @QueryParam("clientId")
          UUID clientId,
      @Parameter(example = "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01") @QueryParam("actorId")
          String actorId,
      @Parameter(example = "DENIED") @QueryParam("outcome") AuditRecord.Outcome outcome,
      @Parameter(example = "2026-11-01T00:00:00Z") @QueryParam("from") Instant from,
      @Parameter(example = "2026-12-01T00:00:00Z") @QueryParam("to") Instant to,
      @Parameter(
              example =
                  "MjAyNi0xMS0yN1QwOTowMDowMFp8MmE0ZTliMTMtNmMyZC00ZjhlLThhMTEtNWI3ZDNjOWU0YTAx")
          @QueryParam("cursor")
          String cursor,
      @Parameter(example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          @Min(1)
          @Max(Cursor.MAX_LIMIT)
          int limit) {
    log.allowed(adminRead("audit-log"));
    return trail.query(
        new AuditTrail.Query(clientId, actorId, outcome, from, to), Cursor.decode(cursor), limit);
  }

  @GET
  @Path("verification")
  @Operation(
      summary = "Verify the audit log's hash chain",
      description =
          "Walks every sealed entry from the first and recomputes its hash: intact, or the first"
              + " position where an entry was edited, removed or inserted behind the service's"
              + " back; also counts entries left unsealed for over a minute. Audited.")
  @APIResponse(responseCode = "200", description = "What the walk found")
  public AuditChain.Verification verify() {
    log.allowed(adminRead("audit-verification"));
    return chain.verify();
  }

  private AuditRecord adminRead(String resource) {
    return AuditRecord.of(
        caller.id(), Roles.ADMIN, null, AuditRecord.Action.READ, resource, null, "HOPERAT");
  }
}
