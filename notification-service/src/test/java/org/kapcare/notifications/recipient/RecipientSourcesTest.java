package org.kapcare.notifications.recipient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.contracts.clinical.SmsConsentChanged;
import org.kapcare.contracts.scheduling.AppointmentChanged.Step;
import org.kapcare.contracts.scheduling.ProviderRegistered;
import org.kapcare.notifications.delivery.Dispatcher;
import org.kapcare.notifications.support.Appointments;
import org.kapcare.notifications.support.ControllableClock;
import org.kapcare.notifications.support.Events;
import org.kapcare.notifications.support.Mailbox;
import org.kapcare.notifications.support.People;
import org.kapcare.notifications.support.People.Person;
import org.kapcare.platform.security.Roles;
import org.kapcare.testing.DemoUser;

/**
 * Where a recipient's contact facts may come from: SMS consent only from the chart, a client's
 * channels only from their enrollment.
 */
@QuarkusTest
class RecipientSourcesTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject EntityManager em;
  @Inject Dispatcher dispatcher;
  @Inject ControllableClock clock;

  @Test
  void clientCannotSwitchOnSmsThroughPreferences() {
    enrollWithoutSmsConsent(DemoUser.ROBIN);
    refusesSmsOptIn(DemoUser.ROBIN, DemoUser.ROBIN.id());
    smsOptIn(DemoUser.ROBIN.id(), false);
  }

  @Test
  void adminCannotSwitchOnSmsThroughPreferences() {
    Person client = People.client(em, false);
    refusesSmsOptIn(DemoUser.ADAM_ADMIN, client.id());
    smsOptIn(client.id(), false);
  }

  @Test
  void onlyTheChartsSmsConsentSwitchesSmsOn() {
    Person client = People.client(em, false);
    Events.awaitConsumed(
        em,
        Events.clinical(
            SmsConsentChanged.TYPE,
            new SmsConsentChanged(client.id(), UUID.randomUUID().toString(), true, Instant.now())));
    smsOptIn(client.id(), true);
    // Changing other preferences leaves the chart's consent as it is.
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .header("If-Match", "*")
        .contentType(ContentType.JSON)
        .body(Map.of("timeZone", "UTC", "language", "en", "smsEnabled", false))
        .put("/recipients/" + client.id() + "/preferences")
        .then()
        .statusCode(200)
        .body("smsOptIn", equalTo(true))
        .body("smsEnabled", equalTo(false));
  }

  @Test
  void registeringAClientAsAProviderNeitherMakesThemStaffNorRedirectsTheirMessages() {
    Person client = People.client(em, false);
    String attacker = "attacker-" + UUID.randomUUID() + "@test.kapcare.org";
    Events.awaitConsumed(
        em,
        Events.scheduling(
            ProviderRegistered.TYPE,
            new ProviderRegistered(
                client.id(),
                "Dr Mallory",
                List.of(Roles.THERAPIST, Roles.COORDINATOR),
                attacker,
                "+15550000000",
                "UTC",
                Instant.now())));

    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/recipients/" + client.id())
        .then()
        .statusCode(200)
        .body("kind", equalTo("CLIENT"))
        .body("email", equalTo(client.email()))
        .body("phone", equalTo(client.phone()))
        .body("roles", equalTo(List.of(Roles.CLIENT)))
        .body("displayName", equalTo("Sam"));

    Appointments.publish(
        em,
        Step.BOOKED,
        Appointments.appointment(
            client.id(),
            UUID.randomUUID().toString(),
            "PREPARATION",
            clock.instant().plus(Duration.ofDays(30)),
            "l"));
    dispatcher.dispatchDue();
    assertEquals(1, Mailbox.count(client.email()));
    assertEquals(0, Mailbox.count(attacker), "nothing reaches the address the event gave");
  }

  @Test
  void aRegisteredProviderStillGetsTheirOwnChannels() {
    Person staff = People.staff(em, Roles.THERAPIST);
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/recipients/" + staff.id())
        .then()
        .statusCode(200)
        .body("kind", equalTo("STAFF"))
        .body("email", equalTo(staff.email()));
  }

  private void enrollWithoutSmsConsent(DemoUser user) {
    Events.awaitConsumed(
        em,
        Events.clinical(
            ClientEnrolled.TYPE,
            new ClientEnrolled(
                user.id(),
                "Demo",
                "client-" + UUID.randomUUID() + "@test.kapcare.org",
                "+15035550142",
                false,
                "America/New_York",
                "en",
                Instant.now().minus(Duration.ofDays(60)))));
  }

  private static void refusesSmsOptIn(DemoUser caller, String recipientId) {
    given()
        .header("Authorization", caller.bearer())
        .header("If-Match", "*")
        .contentType(ContentType.JSON)
        .body(Map.of("timeZone", "UTC", "language", "en", "smsOptIn", true))
        .put("/recipients/" + recipientId + "/preferences")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/malformed-request"))
        .body("detail", containsString("smsOptIn"));
  }

  private static void smsOptIn(String recipientId, boolean expected) {
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .get("/recipients/" + recipientId)
        .then()
        .statusCode(200)
        .body("smsOptIn", equalTo(expected));
  }
}
