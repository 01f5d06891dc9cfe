package org.kapcare.notifications.delivery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.problem.ProblemException;

/**
 * Who was sent what, when, and whether it arrived. Coordinators and admins see every delivery; a
 * clinician sees those addressed to them or about a client on their care team; dead deliveries and
 * retries are for admins. What each caller sees of a row is {@link DeliveryAccess}'s decision.
 */
@ApplicationScoped
@Transactional
public class DeliveryHistory {

  private final DeliveryAccess access;
  private final Clock clock;

  DeliveryHistory(DeliveryAccess access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  public Page<DeliveryView> list(
      UUID clientId, UUID recipientId, DeliveryStatus status, String cursorValue, int limit) {
    access.requireList(clientId, recipientId, status);
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
    DeliveryAccess.Views views = access.views();
    return new Page<>(rows.stream().map(views::of).toList(), next);
  }

  /** One delivery, as the caller may see it; one they may not see is answered as unknown. */
  public DeliveryView get(UUID id) {
    Delivery d = Delivery.findById(id);
    if (d == null || !access.mayRead(d)) {
      throw ProblemException.notFound("delivery", id);
    }
    return access.views().of(d);
  }

  /** An admin sends a dead delivery once more, with a fresh count of attempts. */
  public DeliveryView retry(UUID id) {
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
    return access.views().of(d);
  }
}
