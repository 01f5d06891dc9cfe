package org.kapcare.notifications.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import org.kapcare.notifications.channel.SendFailedException;
import org.kapcare.notifications.channel.email.EmailChannel;
import org.kapcare.notifications.channel.sms.SmsChannel;
import org.kapcare.notifications.escalation.Alerts;
import org.kapcare.notifications.inbox.Inbox;
import org.kapcare.notifications.message.Channel;
import org.kapcare.notifications.policy.NotificationPolicy;
import org.kapcare.notifications.recipient.Recipient;
import org.kapcare.notifications.template.MessageTemplates;
import org.kapcare.notifications.template.RenderedMessage;

/**
 * Sends what is due: claims a batch ({@link DeliveryLedger}), sends it in parallel, records the
 * outcomes of the whole batch in one transaction, and goes on while batches come back full. Time
 * comes from the injected clock only.
 */
@ApplicationScoped
public class Dispatcher {

  private static final int URGENT_SENDERS = 4;

  private static final Logger LOG = Logger.getLogger(Dispatcher.class);

  private final DeliveryLedger ledger;
  private final Clock clock;
  private final NotificationPolicy policy;
  private final MessageTemplates templates;
  private final EmailChannel email;
  private final SmsChannel sms;
  private final Inbox inbox;
  private final Alerts alerts;
  private final MeterRegistry metrics;
  private final ExecutorService senders;
  private final ExecutorService urgentSenders;

  Dispatcher(
      DeliveryLedger ledger,
      Clock clock,
      NotificationPolicy policy,
      MessageTemplates templates,
      EmailChannel email,
      SmsChannel sms,
      Inbox inbox,
      Alerts alerts,
      MeterRegistry metrics) {
    this.ledger = ledger;
    this.clock = clock;
    this.policy = policy;
    this.templates = templates;
    this.email = email;
    this.sms = sms;
    this.inbox = inbox;
    this.alerts = alerts;
    this.metrics = metrics;
    this.senders = Executors.newFixedThreadPool(policy.senders());
    this.urgentSenders = Executors.newFixedThreadPool(URGENT_SENDERS);
  }

  @PreDestroy
  void stop() {
    senders.shutdownNow();
    urgentSenders.shutdownNow();
  }

  /**
   * The urgent lane: urgent deliveries are claimed every second by their own loop and senders, so a
   * backlog of routine messages in flight never holds back an alert to the team.
   */
  @Scheduled(
      identity = "notification-dispatch-urgent",
      every = "${kap.notifications.urgent-dispatch-every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void urgentTick() {
    dispatch(true, urgentSenders);
  }

  /** The periodic tick: escalations first (they add deliveries), then everything due. */
  @Scheduled(
      identity = "notification-dispatch",
      every = "${kap.notifications.dispatch-every:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    escalateAndDispatch();
  }

  /** Escalates overdue alerts and sends what is due now; returns the deliveries attempted. */
  public int escalateAndDispatch() {
    while (QuarkusTransaction.requiringNew().call(alerts::escalateDue) > 0) {
      // more may be due
    }
    return dispatchDue();
  }

  /** Sends every delivery due now, in parallel batches; returns how many were attempted. */
  public int dispatchDue() {
    return dispatch(false, senders);
  }

  /** Sends the urgent deliveries due now (the urgent lane); returns how many were attempted. */
  public int dispatchUrgent() {
    return dispatch(true, urgentSenders);
  }

  private int dispatch(boolean urgentOnly, ExecutorService pool) {
    int attempted = 0;
    while (true) {
      DeliveryLedger.Batch batch =
          QuarkusTransaction.requiringNew().call(() -> ledger.claim(clock.instant(), urgentOnly));
      List<Future<Outcome>> running = new ArrayList<>(batch.deliveries().size());
      for (Delivery delivery : batch.deliveries()) {
        Recipient recipient = batch.recipients().get(delivery.recipientId);
        running.add(pool.submit(() -> attempt(delivery, recipient)));
      }
      List<Outcome> outcomes = new ArrayList<>(running.size());
      for (Future<Outcome> f : running) {
        outcomes.add(await(f));
      }
      record(outcomes);
      attempted += outcomes.size();
      if (batch.deliveries().size() < policy.claimBatch()) {
        return attempted;
      }
    }
  }

  /** How an attempt ended; recorded for the whole batch in one transaction. */
  private record Outcome(
      Delivery delivery,
      String providerMessageId,
      RenderedMessage inApp,
      String error,
      Instant holdUntil) {}

  /** Renders and sends one delivery (in-app items are written with the batch's outcomes). */
  private Outcome attempt(Delivery delivery, Recipient recipient) {
    Instant now = clock.instant();
    // Quiet hours hold routine e-mail and SMS; urgent alerts and account notices are never delayed.
    if (!delivery.urgent
        && delivery.channel != Channel.IN_APP
        && recipient != null
        && recipient.inQuietHours(now)) {
      return new Outcome(delivery, null, null, null, recipient.quietHoursEndAfter(now));
    }
    try {
      RenderedMessage message =
          templates.render(
              delivery.kind,
              delivery.channel,
              delivery.model,
              delivery.kind.urgent(),
              recipient == null ? null : recipient.zone(),
              recipient == null ? null : recipient.language);
      return switch (delivery.channel) {
        case EMAIL ->
            new Outcome(
                delivery, email.send(delivery.id, address(recipient), message), null, null, null);
        case SMS ->
            new Outcome(delivery, sms.send(phone(recipient), message.body()), null, null, null);
        case IN_APP -> new Outcome(delivery, null, message, null, null);
      };
    } catch (SendFailedException e) {
      return new Outcome(delivery, null, null, e.getMessage(), null);
    } catch (RuntimeException e) {
      return new Outcome(delivery, null, null, e.getClass().getSimpleName(), null);
    }
  }

  /** Records a batch in one transaction; should that fail, each outcome on its own. */
  private void record(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    try {
      QuarkusTransaction.requiringNew().run(() -> applyAll(outcomes));
    } catch (RuntimeException e) {
      LOG.warnf(
          "recording a batch failed (%s); recording one by one", e.getClass().getSimpleName());
      for (Outcome outcome : outcomes) {
        try {
          QuarkusTransaction.requiringNew().run(() -> applyAll(List.of(outcome)));
        } catch (RuntimeException single) {
          // Not recorded: the lease runs out and the delivery is attempted again.
          LOG.errorf(
              "delivery %s could not be recorded: %s",
              outcome.delivery().id, single.getClass().getSimpleName());
        }
      }
    }
  }

  private void applyAll(List<Outcome> outcomes) {
    List<UUID> sentIds = new ArrayList<>();
    List<String> providerIds = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      Delivery delivery = outcome.delivery();
      if (outcome.holdUntil() != null) {
        ledger.hold(delivery.id, outcome.holdUntil(), clock.instant());
      } else if (outcome.error() != null) {
        failed(delivery, outcome.error());
      } else {
        sentIds.add(delivery.id);
        providerIds.add(
            outcome.inApp() != null
                ? inbox.deliver(delivery, outcome.inApp()).toString()
                : outcome.providerMessageId());
        count(delivery, "sent");
      }
    }
    if (!sentIds.isEmpty()) {
      ledger.markSent(sentIds, providerIds, clock.instant());
    }
  }

  private void failed(Delivery delivery, String reason) {
    // Claiming counted this attempt already.
    int attempts = delivery.attempts;
    boolean dead = attempts >= policy.maxAttempts();
    Instant now = clock.instant();
    LOG.warnf(
        "delivery %s (%s, %s) attempt %d failed: %s",
        delivery.id, delivery.kind, delivery.channel, attempts, reason);
    ledger.failed(delivery.id, dead, now.plus(backoff(attempts)), truncate(reason), now);
    count(delivery, dead ? "dead" : "failed");
  }

  private static String address(Recipient recipient) {
    if (recipient == null || recipient.email == null) {
      throw new SendFailedException("email: no address");
    }
    return recipient.email;
  }

  private static String phone(Recipient recipient) {
    if (recipient == null || recipient.phone == null) {
      throw new SendFailedException("sms: no number");
    }
    return recipient.phone;
  }

  /** Exponential backoff: base, 2 x base, 4 x base ... up to the policy's maximum. */
  Duration backoff(int attempts) {
    Duration wait =
        policy.backoffBase().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
    return wait.compareTo(policy.backoffMax()) > 0 ? policy.backoffMax() : wait;
  }

  private void count(Delivery delivery, String outcome) {
    metrics
        .counter(
            "kap.notifications.deliveries",
            "channel",
            delivery.channel.name(),
            "kind",
            delivery.kind.name(),
            "outcome",
            outcome)
        .increment();
  }

  private static String truncate(String reason) {
    return reason == null ? null : reason.length() > 200 ? reason.substring(0, 200) : reason;
  }

  private static Outcome await(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a send task failed", e.getCause());
    }
  }
}
