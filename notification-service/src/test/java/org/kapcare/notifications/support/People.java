package org.kapcare.notifications.support;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.kapcare.contracts.clinical.CareTeamAssigned;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.contracts.scheduling.ProviderRegistered;

/** Creates clients and staff through the events that introduce them, with unique addresses. */
public final class People {

  private People() {}

  /** A person the service can reach. */
  public record Person(String id, String email, String phone) {
    public UUID uuid() {
      return UUID.fromString(id);
    }
  }

  /**
   * Fixture clients have been with the clinic for a while: their welcome is behind them, so a test
   * sees only the messages it causes.
   */
  private static final Instant ENROLLED_LONG_AGO = Instant.now().minus(Duration.ofDays(60));

  public static Person client(EntityManager em, boolean smsOptIn) {
    return client(em, smsOptIn, "America/New_York");
  }

  public static Person client(EntityManager em, boolean smsOptIn, String timeZone) {
    String id = UUID.randomUUID().toString();
    Person p = new Person(id, "client-" + id + "@test.kapcare.org", phone());
    var event =
        new ClientEnrolled(
            id, "Sam", p.email(), p.phone(), smsOptIn, timeZone, "en", ENROLLED_LONG_AGO);
    Events.awaitConsumed(em, Events.clinical(ClientEnrolled.TYPE, event));
    return p;
  }

  /** Introduces an existing person (e.g. a demo user) as a client. */
  public static Person clientWithId(EntityManager em, String id) {
    Person p = new Person(id, "client-" + UUID.randomUUID() + "@test.kapcare.org", phone());
    var event =
        new ClientEnrolled(
            id, "Demo", p.email(), p.phone(), false, "America/New_York", "en", ENROLLED_LONG_AGO);
    Events.awaitConsumed(em, Events.clinical(ClientEnrolled.TYPE, event));
    return p;
  }

  public static Person staff(EntityManager em, String... roles) {
    return staffWithId(em, UUID.randomUUID().toString(), roles);
  }

  public static Person staffWithId(EntityManager em, String id, String... roles) {
    Person p = new Person(id, "staff-" + UUID.randomUUID() + "@test.kapcare.org", phone());
    var event =
        new ProviderRegistered(
            id, "Staff", List.of(roles), p.email(), p.phone(), "America/New_York", Instant.now());
    Events.awaitConsumed(em, Events.scheduling(ProviderRegistered.TYPE, event));
    return p;
  }

  /** Assigns therapist, prescriber (primary clinician: the therapist) and nurses. */
  public static void careTeam(
      EntityManager em, Person client, Person therapist, Person prescriber, Person... nurses) {
    var event =
        new CareTeamAssigned(
            client.id(),
            therapist == null ? null : therapist.id(),
            prescriber == null ? null : prescriber.id(),
            therapist == null ? null : therapist.id(),
            java.util.Arrays.stream(nurses).map(Person::id).toList(),
            null,
            Instant.now());
    Events.awaitConsumed(em, Events.clinical(CareTeamAssigned.TYPE, event));
  }

  private static String phone() {
    return "+1555" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
  }
}
