package org.kapcare.notifications.events;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.scheduling.AppointmentChanged.Step;
import org.kapcare.contracts.scheduling.LocationAdded;
import org.kapcare.notifications.delivery.Dispatcher;
import org.kapcare.notifications.policy.NotificationPolicy;
import org.kapcare.notifications.support.Appointments;
import org.kapcare.notifications.support.ControllableClock;
import org.kapcare.notifications.support.Events;
import org.kapcare.notifications.support.Mailbox;
import org.kapcare.notifications.support.People;
import org.kapcare.notifications.support.People.Person;
import org.kapcare.notifications.support.SmsSink;

/**
 * A client's message says where the appointment is and whom to call: the site scheduling announced
 * (LocationAdded), in every channel; the clinic's name and number where the site is not known.
 */
@QuarkusTest
class SiteInMessagesTest {

  @Inject EntityManager em;
  @Inject Dispatcher dispatcher;
  @Inject ControllableClock clock;
  @Inject NotificationPolicy policy;

  @BeforeEach
  void providerAcceptsMessages() {
    SmsSink.acceptAll();
  }

  @Test
  void clientMessagesNameTheSiteAndItsPhone() {
    String site = UUID.randomUUID().toString();
    Events.awaitConsumed(
        em,
        Events.scheduling(
            LocationAdded.TYPE,
            new LocationAdded(
                site, "Juniper Street clinic", "America/Denver", "+15035550142", Instant.now())));
    Person client = People.client(em, true);

    booked(client, site);

    String mail = Mailbox.text(client.email());
    assertThat(mail, containsString("Juniper Street clinic"));
    assertThat(mail, containsString("+15035550142"));
    assertThat(SmsSink.textsTo(client.phone()), hasSize(1));
    assertThat(SmsSink.textsTo(client.phone()).get(0), containsString("Juniper Street clinic"));
    assertThat(SmsSink.textsTo(client.phone()).get(0), containsString("+15035550142"));
  }

  @Test
  void aSiteWithoutAPhoneGivesTheClinicsNumber() {
    String site = UUID.randomUUID().toString();
    Events.awaitConsumed(
        em,
        Events.scheduling(
            LocationAdded.TYPE,
            new LocationAdded(site, "Aspen annex", "America/Denver", null, Instant.now())));
    Person client = People.client(em, true);

    booked(client, site);

    String mail = Mailbox.text(client.email());
    assertThat(mail, containsString("Aspen annex"));
    assertThat(mail, containsString(policy.clinic().phone()));
  }

  @Test
  void anUnknownSiteGivesTheClinicsNameAndNumber() {
    Person client = People.client(em, true);

    booked(client, UUID.randomUUID().toString());

    String mail = Mailbox.text(client.email());
    assertThat(mail, containsString(policy.clinic().name()));
    assertThat(mail, containsString(policy.clinic().phone()));
    assertThat(mail, not(containsString("Juniper Street clinic")));
  }

  private void booked(Person client, String site) {
    Appointments.publish(
        em,
        Step.BOOKED,
        Appointments.appointment(
            client.id(),
            UUID.randomUUID().toString(),
            "preparation",
            clock.instant().plusSeconds(5 * 86_400),
            site));
    dispatcher.dispatchDue();
  }
}
