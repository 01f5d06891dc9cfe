package org.kapcare.notifications.recipient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.contracts.clinical.SmsConsentChanged;
import org.kapcare.contracts.scheduling.ProviderRegistered;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;

/** The recipients projection: kept current from events, read by staff and by each person. */
@ApplicationScoped
@Transactional
public class RecipientDirectory {

  private static final Logger LOG = Logger.getLogger(RecipientDirectory.class);

  private final Caller caller;
  private final Clock clock;

  RecipientDirectory(Caller caller, Clock clock) {
    this.caller = caller;
    this.clock = clock;
  }

  /** A newly enrolled client becomes reachable. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void clientEnrolled(ClientEnrolled event) {
    Recipient r = findOrNew(UUID.fromString(event.clientId()));
    r.kind = Recipient.Kind.CLIENT;
    r.displayName = event.preferredName();
    r.email = event.email();
    r.phone = event.phone();
    r.smsOptIn = event.smsOptIn();
    r.timeZone = event.timeZone();
    r.language = event.language();
    r.roles = List.of(Roles.CLIENT);
    r.updatedAt = clock.instant();
    r.persist();
  }

  /**
   * The client gave or withdrew SMS consent in the chart: it holds from this event on. With the
   * enrollment's initial flag, the only way SMS opt-in changes (preferences cannot set it).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void smsConsentChanged(SmsConsentChanged event) {
    Recipient r = Recipient.findById(UUID.fromString(event.clientId()));
    if (r != null) {
      r.smsOptIn = event.optedIn();
      r.updatedAt = clock.instant();
    }
  }

  /**
   * A staff member joined the directory. A person this service knows as a client (from
   * ClientEnrolled) is never turned into staff, nor given the event's e-mail or phone: that would
   * send the client's messages to whoever registered them (a forged or mistaken registration).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void providerRegistered(ProviderRegistered event) {
    Recipient r = findOrNew(UUID.fromString(event.providerId()));
    if (r.kind == Recipient.Kind.CLIENT) {
      LOG.warnf("ProviderRegistered ignored: %s is a client", r.id);
      return;
    }
    r.kind = Recipient.Kind.STAFF;
    r.displayName = event.displayName();
    r.email = event.email();
    r.phone = event.phone();
    r.timeZone = event.timeZone();
    r.roles = List.copyOf(event.roles());
    r.updatedAt = clock.instant();
    r.persist();
  }

  /** A recipient, for the person themself, coordinators and admins. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Recipient get(UUID id) {
    if (!id.toString().equals(caller.id()) && !caller.isAny(Roles.COORDINATOR, Roles.ADMIN)) {
      throw ProblemException.forbidden("you may only read your own contact settings");
    }
    Recipient r = Recipient.findById(id);
    if (r == null) {
      throw ProblemException.notFound("recipient", id);
    }
    return r;
  }

  /** The person (or an admin) changes how and when they are reached. */
  public Recipient updatePreferences(UUID id, String ifMatch, @Valid PreferencesRequest request) {
    if (!id.toString().equals(caller.id()) && !caller.is(Roles.ADMIN)) {
      throw ProblemException.forbidden("you may only change your own preferences");
    }
    Recipient r = Recipient.findById(id);
    if (r == null) {
      throw ProblemException.notFound("recipient", id);
    }
    EntityVersions.requireMatch(ifMatch, r.version);
    r.timeZone = request.timeZone();
    r.language = request.language();
    r.quietHoursStart = request.quietHoursStart();
    r.quietHoursEnd = request.quietHoursEnd();
    r.emailEnabled = orElse(request.emailEnabled(), r.emailEnabled);
    r.smsEnabled = orElse(request.smsEnabled(), r.smsEnabled);
    r.inAppEnabled = orElse(request.inAppEnabled(), r.inAppEnabled);
    r.updatedAt = clock.instant();
    Recipient.flush();
    return r;
  }

  private static boolean orElse(Boolean value, boolean current) {
    return value == null ? current : value;
  }

  /** The recipient, or a new one not yet persisted. */
  private static Recipient findOrNew(UUID id) {
    Recipient r = Recipient.findById(id);
    if (r == null) {
      r = new Recipient();
      r.id = id;
      r.language = "en";
    }
    return r;
  }
}
