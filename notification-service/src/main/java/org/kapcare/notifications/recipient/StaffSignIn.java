package org.kapcare.notifications.recipient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kapcare.notifications.policy.NotificationPolicy;
import org.kapcare.platform.security.Caller;
import org.kapcare.platform.security.Roles;

/**
 * Staff who are not bookable providers (coordinators, admins) are not in scheduling's directory, so
 * no event introduces them. They become recipients the first time they open their inbox, from their
 * token (name, e-mail, roles): from then on no-show follow-ups, unscheduled integrations and
 * escalations reach them.
 */
@ApplicationScoped
public class StaffSignIn {

  private static final List<String> STAFF =
      List.of(
          Roles.THERAPIST,
          Roles.PRESCRIBER,
          Roles.NURSE,
          Roles.CHAPLAIN,
          Roles.COORDINATOR,
          Roles.ADMIN);

  private final Caller caller;
  private final JsonWebToken token;
  private final Clock clock;
  private final String clinicZone;

  StaffSignIn(Caller caller, JsonWebToken token, Clock clock, NotificationPolicy policy) {
    this.caller = caller;
    this.token = token;
    this.clock = clock;
    this.clinicZone = policy.clinic().timeZone();
  }

  /** Makes a staff caller a recipient, or adds roles they gained; clients are left alone. */
  @Transactional
  public void know() {
    List<String> roles = new ArrayList<>(STAFF.stream().filter(caller::is).toList());
    if (roles.isEmpty()) {
      return;
    }
    UUID id = UUID.fromString(caller.id());
    Recipient r = Recipient.findById(id);
    if (r == null) {
      r = new Recipient();
      r.id = id;
      r.kind = Recipient.Kind.STAFF;
      r.language = "en";
      r.timeZone = clinicZone;
      r.displayName = claim("name", claim("preferred_username", "staff"));
      r.email = claim("email", null);
      r.roles = roles;
      r.updatedAt = clock.instant();
      r.persist();
    } else if (r.kind == Recipient.Kind.STAFF && !r.roles.containsAll(roles)) {
      roles.addAll(r.roles.stream().filter(x -> !roles.contains(x)).toList());
      r.roles = roles;
      r.updatedAt = clock.instant();
    }
  }

  private String claim(String name, String fallback) {
    Object value = token.getClaim(name);
    return value == null ? fallback : value.toString();
  }
}
