package org.kapcare.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.kapcare.platform.problem.ProblemResponses;
import org.kapcare.platform.problem.ProblemTranslator;
import org.kapcare.platform.problem.ProblemType;
import org.postgresql.util.PSQLException;

/**
 * Database refusals that the request caused: unique and exclusion constraints (23505, 23P01) are
 * conflicts, check and range violations are unprocessable, a lost optimistic lock is a concurrent
 * modification. The problem names the constraint, never the offending values (they may be PHI).
 */
@ApplicationScoped
public class DatabaseProblems implements ProblemTranslator {

  private final ProblemResponses problems;

  DatabaseProblems(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public Optional<Response> translate(Throwable failure) {
    if (ProblemTranslator.cause(failure, OptimisticLockException.class) != null
        || ProblemTranslator.cause(failure, StaleStateException.class) != null) {
      return Optional.of(
          problems.of(
              409,
              ProblemType.CONCURRENT_MODIFICATION,
              "Concurrent modification",
              "the resource was changed by someone else; read it again and retry"));
    }
    SQLException sql = ProblemTranslator.cause(failure, SQLException.class);
    if (sql == null || sql.getSQLState() == null) {
      return Optional.empty();
    }
    String constraint = constraintName(sql);
    return Optional.ofNullable(
        switch (sql.getSQLState()) {
          case "23505" ->
              problems.of(
                  409,
                  ProblemType.DUPLICATE,
                  "Already exists",
                  "a resource with the same identity already exists" + constraint);
          case "23P01" ->
              problems.of(
                  409,
                  ProblemType.OVERLAP,
                  "Time conflict",
                  "the time overlaps an existing booking" + constraint);
          case "23503" ->
              problems.of(
                  409,
                  ProblemType.CONFLICT,
                  "Conflict",
                  "a referenced resource does not exist or is still in use" + constraint);
          case "23514", "23502", "22001", "22003", "22007", "22008" ->
              problems.of(
                  422,
                  ProblemType.UNPROCESSABLE,
                  "Unprocessable",
                  "a value is out of the accepted range" + constraint);
          default -> null;
        });
  }

  private static String constraintName(SQLException sql) {
    if (sql instanceof PSQLException psql
        && psql.getServerErrorMessage() != null
        && psql.getServerErrorMessage().getConstraint() != null) {
      return " (" + psql.getServerErrorMessage().getConstraint() + ")";
    }
    return "";
  }
}
