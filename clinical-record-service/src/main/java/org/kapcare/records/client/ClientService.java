package org.kapcare.records.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.UUID;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.platform.security.Caller;
import org.kapcare.records.access.ChartAccess;
import org.kapcare.records.access.ChartAction;

/** Enrollment and demographics. */
@ApplicationScoped
@Transactional
public class ClientService {

  private static final String DEFAULT_LANGUAGE = "en";

  private final Outbox outbox;
  private final Caller caller;
  private final ChartAccess access;

  ClientService(Outbox outbox, Caller caller, ChartAccess access) {
    this.outbox = outbox;
    this.caller = caller;
    this.access = access;
  }

  /** Enrolls a client and announces it ({@code ClientEnrolled}) in the same transaction. */
  public Client enroll(@Valid EnrollClientRequest request) {
    if (Client.findById(request.personId()) != null) {
      throw new ProblemException(
          409,
          ProblemType.DUPLICATE,
          "Already enrolled",
          "client " + request.personId() + " is already enrolled");
    }
    Client client = new Client();
    client.id = request.personId();
    client.givenName = request.givenName().strip();
    client.familyName = request.familyName().strip();
    client.preferredName = request.preferredName();
    client.dateOfBirth = request.dateOfBirth();
    client.pronouns = request.pronouns();
    client.email = request.email().strip();
    client.phone = request.phone();
    client.timeZone = request.timeZone();
    client.language = request.language() == null ? DEFAULT_LANGUAGE : request.language();
    client.referralSource = request.referralSource();
    client.referringPartner = request.referringPartner();
    if (request.emergencyContact() != null) {
      client.emergencyContactName = request.emergencyContact().name();
      client.emergencyContactPhone = request.emergencyContact().phone();
    }
    client.smsOptIn = request.smsOptIn();
    client.enrolledAt = Instant.now();
    client.enrolledBy = UUID.fromString(caller.id());
    client.persistAndFlush();
    access.require(client.id, ChartAction.ENROLL, client.id);
    outbox.record(ClientEnrolled.TYPE, ClientEvents.enrolled(client));
    return client;
  }

  /** A client's demographics: the client themself, the care team, coordinators and admins. */
  public Client demographics(UUID clientId) {
    access.require(clientId, ChartAction.READ_DEMOGRAPHICS, clientId);
    return Client.findById(clientId);
  }
}
