package org.kapcare.records.access;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kapcare.records.Charts.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.kapcare.platform.audit.AuditChain;
import org.kapcare.records.Charts;
import org.kapcare.testing.DemoUser;

/**
 * The audit trail is append-only for the service and tamper-evident for anyone else: an entry
 * edited behind the service's back (by a database superuser, triggers off) breaks the hash chain
 * that the admin's verification walks.
 */
@QuarkusTest
class AuditChainTest {

  @Inject AgroalDataSource db;
  @Inject AuditChain chain;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  /** A fresh audited read, sealed into the chain; returns its entry id. */
  private UUID sealedEntry() throws SQLException {
    UUID client = Charts.withTeam();
    as(DemoUser.TESS_THERAPIST).get("/clients/{c}/summary", client).then().statusCode(200);
    chain.seal();
    try (Connection c = db.getConnection();
        PreparedStatement find =
            c.prepareStatement(
                "SELECT id, chain_seq FROM audit_log WHERE client_id = ? AND resource ="
                    + " 'chart-summary'")) {
      find.setObject(1, client);
      ResultSet rs = find.executeQuery();
      assertTrue(rs.next());
      assertTrue(rs.getLong(2) > 0, "sealed");
      return (UUID) rs.getObject(1);
    }
  }

  @Test
  void theServiceCannotChangeRemoveTruncateOrUnprotectAuditEntries() throws SQLException {
    UUID entry = sealedEntry();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "UPDATE audit_log SET outcome = 'DENIED' WHERE id = '" + entry + "'"));
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("DELETE FROM audit_log WHERE id = '" + entry + "'"));
      assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE audit_log"));
      // The service's role owns nothing: it cannot switch the trigger off or drop the table.
      assertThrows(
          SQLException.class,
          () -> s.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_is_append_only"));
      assertThrows(SQLException.class, () -> s.execute("DROP TABLE audit_log"));
    }
  }

  @Test
  void anEntryEditedBehindTheServicesBackBreaksTheChain() throws SQLException {
    UUID entry = sealedEntry();
    as(DemoUser.ADAM_ADMIN)
        .get("/audit/verification")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true));

    String superuserUrl = url.replaceFirst("\\?.*$", "");
    try (Connection root = DriverManager.getConnection(superuserUrl, "postgres", "");
        Statement s = root.createStatement()) {
      s.execute("SET session_replication_role = replica"); // triggers off, as only a superuser can
      try {
        assertEquals(
            1,
            s.executeUpdate(
                "UPDATE audit_log SET actor_id = 'someone-else' WHERE id = '" + entry + "'"));
        AuditChain.Verification broken = chain.verify();
        assertFalse(broken.intact());
        assertEquals(entry, broken.brokenEntryId());
        as(DemoUser.ADAM_ADMIN)
            .get("/audit/verification")
            .then()
            .body("intact", equalTo(false))
            .body("brokenEntryId", equalTo(entry.toString()));
      } finally {
        s.executeUpdate(
            "UPDATE audit_log SET actor_id = '"
                + DemoUser.TESS_THERAPIST.id()
                + "' WHERE id = '"
                + entry
                + "'");
      }
    }
    assertTrue(chain.verify().intact(), "restored, the chain verifies again");
  }

  @Test
  void onlyAdminsVerifyTheAuditLog() {
    as(DemoUser.TESS_THERAPIST).get("/audit/verification").then().statusCode(403);
    as(DemoUser.KERRY).get("/audit/verification").then().statusCode(403);
  }
}
