package org.kapcare.records.plan;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.records.policy.ClinicalPolicy;

/**
 * The dose a plan prescribes, checked against the route's range (domain.md §3: IV 0.1–0.75 mg/kg,
 * IM 0.5–0.75 mg/kg, sublingual 100–400 mg, intranasal esketamine 56 or 84 mg).
 */
@ApplicationScoped
public class DoseRules {

  private final ClinicalPolicy.DoseRanges ranges;

  DoseRules(ClinicalPolicy policy) {
    this.ranges = policy.dose();
  }

  /** The dose in mg for this request, or a 400/422 problem naming what is wrong. */
  public BigDecimal doseMg(PlanRequest r) {
    boolean weightBased = r.doseMgPerKg() != null;
    if (weightBased == (r.doseMg() != null)) {
      throw invalid("give either doseMg, or doseMgPerKg with weightKg");
    }
    if (weightBased && r.weightKg() == null) {
      throw invalid("doseMgPerKg needs the weightKg it is computed from");
    }
    switch (r.route()) {
      case IV -> requireWeightBased(r, ranges.ivMinMgPerKg(), ranges.ivMaxMgPerKg());
      case IM -> requireWeightBased(r, ranges.imMinMgPerKg(), ranges.imMaxMgPerKg());
      case SUBLINGUAL -> requireFixed(r, ranges.sublingualMinMg(), ranges.sublingualMaxMg());
      case INTRANASAL -> {
        if (r.doseMg() == null
            || ranges.intranasalMg().stream().noneMatch(d -> d.compareTo(r.doseMg()) == 0)) {
          throw outOfRange("intranasal esketamine is dosed at " + ranges.intranasalMg() + " mg");
        }
      }
    }
    return weightBased
        ? r.doseMgPerKg().multiply(r.weightKg()).setScale(1, RoundingMode.HALF_UP)
        : r.doseMg();
  }

  private void requireWeightBased(PlanRequest r, BigDecimal min, BigDecimal max) {
    if (r.doseMgPerKg() == null) {
      throw invalid(r.route() + " doses are prescribed in mg/kg with the weight used");
    }
    if (r.doseMgPerKg().compareTo(min) < 0 || r.doseMgPerKg().compareTo(max) > 0) {
      throw outOfRange(r.route() + " dose must be " + min + "–" + max + " mg/kg");
    }
  }

  private void requireFixed(PlanRequest r, BigDecimal min, BigDecimal max) {
    if (r.doseMg() == null) {
      throw invalid(r.route() + " doses are prescribed in mg");
    }
    if (r.doseMg().compareTo(min) < 0 || r.doseMg().compareTo(max) > 0) {
      throw outOfRange(r.route() + " dose must be " + min + "–" + max + " mg");
    }
  }

  private static ProblemException invalid(String detail) {
    return new ProblemException(400, ProblemType.VALIDATION, "Dose incomplete", detail);
  }

  private static ProblemException outOfRange(String detail) {
    return ProblemException.ruleViolation("dose-out-of-range", "Dose out of range", detail);
  }
}
