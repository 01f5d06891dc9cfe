package org.kapcare.notifications.delivery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.kapcare.notifications.recipient.CareTeam;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;

/**
 * Who was sent what, when, and whether it arrived. Coordinators and admins see every delivery; a
 * clinician sees those addressed to them or about a client on their care team; dead deliveries and
 * retries are for admins.
 */
@ApplicationScoped
@Transactional
public class DeliveryHistory {

  private final Caller caller;
  private final Clock clock;

  DeliveryHistory(Caller caller, Clock clock) {
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<DeliveryView> list(
      UUID clientId, UUID recipientId, DeliveryStatus status, String cursorValue, int limit) {
    if (status == DeliveryStatus.DEAD && !caller.is(Roles.ADMIN)) {
      throw ProblemException.forbidden("dead deliveries are shown to admins only");
    }
    boolean seesAll = caller.isAny(Roles.COORDINATOR, Roles.ADMIN);
    UUID me = UUID.fromString(caller.id());
    if (!seesAll) {
      boolean own = me.equals(recipientId);
      boolean team = clientId != null && onCareTeam(clientId, me);
      if (!own && !team) {
        throw ProblemException.forbidden(
            "name yourself as recipient, or a client on your care team");
      }
    }
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    if (clientId != null) {
      where.append(" and clientId = :client");
      params.and("client", clientId);
    }
    if (recipientId != null) {
      where.append(" and recipientId = :recipient");
      params.and("recipient", recipientId);
    }
    if (status != null) {
      where.append(" and status = :status");
      params.and("status", status);
    }
    Cursor cursor = Cursor.decode(cursorValue);
    if (cursor != null) {
      where.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
      params.and("at", cursor.at()).and("id", cursor.id());
    }
    PanacheQuery<Delivery> query =
        Delivery.find(where + " order by createdAt desc, id desc", params);
    List<Delivery> rows = query.page(0, limit + 1).list();
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      Delivery last = rows.get(limit - 1);
      next = new Cursor(last.createdAt, last.id).encode();
    }
    return new Page<>(rows.stream().map(DeliveryView::of).toList(), next);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Delivery get(UUID id) {
    Delivery d = Delivery.findById(id);
    if (d == null) {
      throw ProblemException.notFound("delivery", id);
    }
    UUID me = UUID.fromString(caller.id());
    if (!caller.isAny(Roles.COORDINATOR, Roles.ADMIN)
        && !me.equals(d.recipientId)
        && (d.clientId == null || !onCareTeam(d.clientId, me))) {
      throw ProblemException.notFound("delivery", id);
    }
    return d;
  }

  /** An admin sends a dead delivery once more, with a fresh count of attempts. */
  public Delivery retry(UUID id) {
    Delivery d = Delivery.findById(id);
    if (d == null) {
      throw ProblemException.notFound("delivery", id);
    }
    if (d.status != DeliveryStatus.DEAD) {
      throw ProblemException.ruleConflict(
          "delivery-not-dead", "Not dead", "only dead deliveries can be retried");
    }
    d.status = DeliveryStatus.QUEUED;
    d.attempts = 0;
    d.nextAttemptAt = clock.instant();
    d.updatedAt = clock.instant();
    return d;
  }

  private static boolean onCareTeam(UUID clientId, UUID person) {
    CareTeam team = CareTeam.findById(clientId);
    return team != null && team.includes(person);
  }
}
