package org.kapcare.notifications.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kapcare.contracts.clinical.PartnerSharingConsented;
import org.kapcare.contracts.scheduling.CalendarFeedRotated;
import org.kapcare.notifications.delivery.DeliveryPlanner;
import org.kapcare.notifications.delivery.Outgoing;
import org.kapcare.notifications.message.MessageKind;
import org.kapcare.notifications.recipient.Recipient;

/**
 * Notices to a person about their own account, sent at once: something changed that they may not
 * have done themself, so it never happens behind their back. The messages say who did it (the
 * person or staff) and never the details (partner, scope, feed address): those are read in the app.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountNotices {

  private final DeliveryPlanner planner;
  private final Clock clock;

  AccountNotices(DeliveryPlanner planner, Clock clock) {
    this.planner = planner;
    this.clock = clock;
  }

  /** The client hears of every partner-sharing consent, in every channel they allow. */
  void partnerSharingConsented(PartnerSharingConsented e) {
    UUID client = UUID.fromString(e.clientId());
    Map<String, String> model = new HashMap<>();
    model.put("clientId", e.clientId());
    if (e.consentId() != null) {
      model.put("consentId", e.consentId());
    }
    model.put("actor", e.recordedByClient() ? "SELF" : "STAFF");
    if (e.expiresAt() != null) {
      model.put("until", e.expiresAt().toString());
    }
    planner.plan(now(MessageKind.PARTNER_SHARING_CONSENTED, client, model), Set.of(client));
  }

  /** The owner learns their old feed address stopped working, and whether they did it. */
  void calendarFeedRotated(CalendarFeedRotated e) {
    UUID owner = UUID.fromString(e.ownerId());
    Map<String, String> model = new HashMap<>();
    model.put("actor", e.ownerId().equals(e.rotatedBy()) ? "SELF" : "STAFF");
    Recipient known = Recipient.findById(owner);
    UUID client = known != null && known.kind == Recipient.Kind.CLIENT ? owner : null;
    planner.plan(now(MessageKind.CALENDAR_FEED_ROTATED, client, model), Set.of(owner));
  }

  private Outgoing now(MessageKind kind, UUID client, Map<String, String> model) {
    return new Outgoing(kind, CurrentEvent.id(), client, null, null, model, clock.instant());
  }
}
