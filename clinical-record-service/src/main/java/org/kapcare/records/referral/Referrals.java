package org.kapcare.records.referral;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kapcare.contracts.clinical.ReferralReceived;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.Relation;
import org.kapcare.records.client.Client;
import org.kapcare.records.client.ClientService;
import org.kapcare.records.client.EnrollClientRequest;
import org.kapcare.records.client.ReferralSource;

/**
 * Referrals from partner clinics: received (announced by {@code ReferralReceived}), then accepted —
 * which enrolls the client through the one enrollment path — or declined. Both decisions are final.
 */
@ApplicationScoped
@Transactional
public class Referrals {

  private final ReferralAccess access;
  private final ClientService clients;
  private final Caller caller;
  private final Outbox outbox;

  Referrals(ReferralAccess access, ClientService clients, Caller caller, Outbox outbox) {
    this.access = access;
    this.clients = clients;
    this.caller = caller;
    this.outbox = outbox;
  }

  /** Records a referral from the caller's partner clinic (or taken by phone by staff). */
  public Referral submit(@Valid ReferralRequest request) {
    UUID id = UUID.randomUUID();
    Relation relation = access.requireRole(ReferralAction.SUBMIT, id);
    Referral r = new Referral();
    r.id = id;
    if (relation == Relation.PARTNER) {
      r.partnerId = access.partnerId();
    } else {
      r.receivedBy = UUID.fromString(caller.id());
    }
    ReferralRequest.ReferredPerson person = request.person();
    r.givenName = person.givenName().strip();
    r.familyName = person.familyName().strip();
    r.dateOfBirth = person.dateOfBirth();
    r.email = person.email().strip();
    r.phone = person.phone();
    r.timeZone = person.timeZone();
    r.clinicianName = request.referringClinician().name().strip();
    r.clinicianContact = request.referringClinician().contact().strip();
    r.reason = request.reason().strip();
    r.urgency = request.urgency();
    r.status = ReferralStatus.RECEIVED;
    // Microseconds, as PostgreSQL keeps them: the paging cursor compares stored instants.
    r.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    r.persistAndFlush();
    access.allowed(relation, ReferralAction.SUBMIT, r);
    outbox.record(ReferralReceived.TYPE, ReferralEvents.received(r));
    return r;
  }

  /** One referral: its partner, coordinators and admins. */
  public Referral get(UUID referralId) {
    return access.require(referralId, ReferralAction.READ);
  }

  /** Newest first: a partner's own referrals, or all of them for coordinators and admins. */
  public Page<Referral> list(ReferralStatus status, Cursor after, int limit) {
    Relation relation = access.requireRole(ReferralAction.READ, null);
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (relation == Relation.PARTNER) {
      where.add("partnerId = :partner");
      params.and("partner", access.partnerId());
    }
    if (status != null) {
      where.add("status = :status");
      params.and("status", status);
    }
    if (after != null) {
      where.add("(receivedAt < :at OR (receivedAt = :at AND id < :id))");
      params.and("at", after.at()).and("id", after.id());
    }
    String order = " ORDER BY receivedAt DESC, id DESC";
    String query = where.isEmpty() ? "FROM Referral" + order : String.join(" AND ", where) + order;
    List<Referral> rows = Referral.<Referral>find(query, params).page(0, limit + 1).list();
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      Referral last = rows.get(limit - 1);
      next = new Cursor(last.receivedAt, last.id).encode();
    }
    rows.forEach(r -> access.allowed(relation, ReferralAction.READ, r));
    return new Page<>(rows, next);
  }

  /**
   * Accepts a received referral: enrolls the person as a client (referral source partner clinic,
   * the same validation and {@code ClientEnrolled} as any enrollment) and links the two.
   */
  public Referral accept(UUID referralId, @Valid AcceptanceRequest request, String ifMatch) {
    Referral r = decidable(referralId, ifMatch);
    Client client = clients.enroll(enrollment(r, request.personId()));
    r.clientId = client.id;
    decide(r, ReferralStatus.ACCEPTED);
    return r;
  }

  /** Declines a received referral, with a reason the referring partner reads. */
  public Referral decline(UUID referralId, @Valid DeclineRequest request, String ifMatch) {
    Referral r = decidable(referralId, ifMatch);
    r.declineReason = request.reason().strip();
    decide(r, ReferralStatus.DECLINED);
    return r;
  }

  private Referral decidable(UUID referralId, String ifMatch) {
    Referral r = access.require(referralId, ReferralAction.DECIDE);
    EntityVersions.requireMatch(ifMatch, r.version);
    if (r.status != ReferralStatus.RECEIVED) {
      throw ProblemException.ruleConflict(
          "referral-already-decided",
          "Referral already decided",
          "the referral was " + r.status.name().toLowerCase(Locale.ROOT) + " already");
    }
    return r;
  }

  private void decide(Referral r, ReferralStatus status) {
    r.status = status;
    r.decidedAt = Instant.now();
    r.decidedBy = UUID.fromString(caller.id());
    r.persistAndFlush();
  }

  /** The enrollment a referral stands for: what the partner sent, nothing a caller can add. */
  private static EnrollClientRequest enrollment(Referral r, UUID personId) {
    return new EnrollClientRequest(
        personId,
        r.givenName,
        r.familyName,
        null,
        r.dateOfBirth,
        null,
        r.email,
        r.phone,
        r.timeZone,
        null,
        ReferralSource.PARTNER_CLINIC,
        r.partnerId,
        null,
        false);
  }
}
