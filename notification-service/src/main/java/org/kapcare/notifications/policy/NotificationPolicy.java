package org.kapcare.notifications.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Clinic policy for messages: defaults an admin can change through configuration. */
@ConfigMapping(prefix = "kap.notifications")
public interface NotificationPolicy {

  /** How long before an appointment the client is reminded, one reminder per offset. */
  @WithDefault("48h,2h")
  List<Duration> reminderOffsets();

  /** A change or cancellation notice waits this long; a newer change replaces it meanwhile. */
  @WithDefault("3m")
  Duration changeDebounce();

  /**
   * A client enrolled within this time is welcomed; an older enrollment (read again when the
   * service rebuilds its projection from the topic) is not.
   */
  @WithDefault("7d")
  Duration welcomeWithin();

  /** An urgent alert not acknowledged within this time goes to the next person in line. */
  @WithDefault("10m")
  Duration escalationAfter();

  /** Attempts per delivery before it is dead and shown to admins. */
  @WithDefault("5")
  int maxAttempts();

  /** Delay before the second attempt; each later attempt waits twice as long. */
  @WithDefault("30s")
  Duration backoffBase();

  /** Upper bound of the wait between attempts. */
  @WithDefault("1h")
  Duration backoffMax();

  /** How long a replica owns a claimed delivery; after that another replica may take it. */
  @WithDefault("2m")
  Duration claimLease();

  /** Deliveries claimed per database round trip. */
  @WithDefault("100")
  int claimBatch();

  /** Deliveries sent in parallel by one replica. */
  @WithDefault("16")
  int senders();

  /** How often the dispatcher looks for due deliveries ("off" leaves it to the caller). */
  @WithDefault("2s")
  String dispatchEvery();

  /** How often the urgent lane claims urgent deliveries on its own ({@code off} in tests). */
  @WithDefault("1s")
  String urgentDispatchEvery();

  /** What every outside message may say about the clinic. */
  Clinic clinic();

  /**
   * The clinic's public identity: the only facts an SMS or e-mail carries besides date and time.
   */
  interface Clinic {
    /** Clinic name shown in messages. */
    @WithDefault("KAP Care Clinic")
    String name();

    /** Phone number people can call. */
    @WithDefault("+1 503 555 0100")
    String phone();

    /** Link to the authenticated app, where details live. */
    @WithDefault("http://localhost:8080/app")
    String appLink();

    /** Sender address of e-mails. */
    @WithDefault("care@kapcare.local")
    String emailFrom();

    /** The clinic's time zone: staff who sign in without a directory entry start with it. */
    @WithDefault("America/Denver")
    String timeZone();
  }
}
