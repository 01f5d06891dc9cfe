package org.kapcare.records.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.platform.problem.ProblemException;

/**
 * The client's appointments as scheduling-service announced them (its lifecycle events), so that an
 * appointment id named in a request is checked against the client in the path: a record of client A
 * never points at client B's appointment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientAppointments {

  private final EntityManager em;

  ClientAppointments(EntityManager em) {
    this.em = em;
  }

  /** Keeps the latest step of an appointment (events of one client arrive in order). */
  public void changed(AppointmentChanged e) {
    em.createNativeQuery(
            "INSERT INTO client_appointment (appointment_id, client_id, appointment_type, status,"
                + " starts_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                + " ON CONFLICT (appointment_id, client_id) DO UPDATE SET appointment_type ="
                + " EXCLUDED.appointment_type, status = EXCLUDED.status,"
                + " starts_at = EXCLUDED.starts_at, updated_at = EXCLUDED.updated_at")
        .setParameter(1, UUID.fromString(e.appointmentId()))
        .setParameter(2, UUID.fromString(e.clientId()))
        .setParameter(3, e.appointmentType())
        .setParameter(4, e.status())
        .setParameter(5, e.startsAt())
        .setParameter(6, e.occurredAt())
        .executeUpdate();
  }

  /**
   * Refuses an appointment id that is not one of this client's appointments of the session's kind
   * (422: the body names something outside the client's world). Null means none named.
   */
  public void requireOwn(UUID clientId, UUID appointmentId, SessionKind kind) {
    if (appointmentId == null) {
      return;
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT 1 FROM client_appointment WHERE appointment_id = ?1 AND client_id = ?2"
                    + " AND appointment_type LIKE ?3")
            .setParameter(1, appointmentId)
            .setParameter(2, clientId)
            .setParameter(3, typePattern(kind))
            .getResultList();
    if (rows.isEmpty()) {
      throw ProblemException.ruleViolation(
          "appointment-not-of-client",
          "Not this client's appointment",
          "appointmentId "
              + appointmentId
              + " is not a "
              + kind.name().toLowerCase(java.util.Locale.ROOT)
              + " appointment of this client (as scheduling has announced it)");
    }
  }

  /** Scheduling's appointment type codes for each kind of session record (SQL LIKE patterns). */
  private static String typePattern(SessionKind kind) {
    return switch (kind) {
      case PREPARATION -> "preparation%";
      case DOSING -> "dosing%";
      case INTEGRATION -> "%integration%";
    };
  }
}
