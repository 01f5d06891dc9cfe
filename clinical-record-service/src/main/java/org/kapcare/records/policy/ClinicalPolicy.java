package org.kapcare.records.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.kapcare.records.access.ChartAction;

/**
 * Clinic policy defaults from the protocol (domain.md §3–4). Each can be changed per clinic with
 * {@code kap.clinical.*} properties or environment variables; none is a literal in the rules.
 */
@ConfigMapping(prefix = "kap.clinical")
public interface ClinicalPolicy {

  /** How long an approved eligibility decision stays valid. */
  @WithDefault("P6M")
  Period eligibilityValidity();

  /** Baseline blood pressure allowed before dosing starts (pre-session checklist). */
  BaselineBp baselineBp();

  /** Fasting before dosing, per route (domain.md §3). */
  Fasting fasting();

  /** Vital-sign thresholds that raise an alert to the prescriber on duty. */
  VitalsThresholds vitals();

  /** Dose ranges per route a treatment plan may prescribe. */
  DoseRanges dose();

  /** No response after this many signed dosing sessions prompts an outcome review. */
  @WithDefault("3")
  int outcomeReviewAfterDosingSessions();

  /** PCL-5 total at or above which PTSD is provisionally indicated (31–33 in the literature). */
  @WithDefault("33")
  int pcl5Cutoff();

  /** Emergency (break-the-glass) access by a clinician outside the care team. */
  BreakGlass breakGlass();

  /** Consents (domain.md §6). */
  Consents consent();

  /** Outcome measures as the client or the team dates them. */
  Assessments assessment();

  /**
   * Break-the-glass: narrow by default (HIPAA emergency access, 45 CFR 164.312(a)(2)(ii)), and
   * every use reviewed.
   */
  interface BreakGlass {
    /** How long a grant lasts. */
    @WithDefault("PT1H")
    Duration duration();

    /**
     * Fewest distinct words (of two letters or more) a reason needs, so a reviewer can judge it.
     */
    @WithDefault("5")
    int minReasonWords();

    /** Chart writes a grant allows besides reads; none by default (emergency access reads). */
    Optional<Set<ChartAction>> writes();

    /** An admin reviews every use within this time, or it is escalated. */
    @WithDefault("PT24H")
    Duration reviewWithin();

    /** How often overdue reviews are looked for. */
    @WithDefault("PT1M")
    Duration reviewCheckEvery();
  }

  /** How consents are given and how long they last. */
  interface Consents {
    /** How long a consent to share with a partner clinic lasts before sharing stops. */
    @WithDefault("P1Y")
    Period partnerShareValidity();

    /**
     * How long before enrolment a consent may have been signed (a paper form signed at intake and
     * typed in later); anything earlier is refused.
     */
    @WithDefault("PT24H")
    Duration signedBeforeEnrolment();
  }

  /** Dating of assessments. */
  interface Assessments {
    /**
     * How far before now an assessment may be dated without a reason; earlier only by staff, with a
     * reason (a backdated score would rewrite the trend and the remission rule).
     */
    @WithDefault("PT24H")
    Duration backdatingWindow();
  }

  /** Baseline blood pressure limits (domain.md §3: ≤ 140/90, above it the prescriber decides). */
  interface BaselineBp {
    /** Highest systolic pressure at which dosing may start. */
    @WithDefault("140")
    int maxSystolic();

    /** Highest diastolic pressure at which dosing may start. */
    @WithDefault("90")
    int maxDiastolic();
  }

  /** Alert thresholds during dosing (domain.md §3). */
  interface VitalsThresholds {
    /** Systolic above this is a hypertensive event. */
    @WithDefault("180")
    int maxSystolic();

    /** Diastolic above this is a hypertensive event. */
    @WithDefault("110")
    int maxDiastolic();

    /** Heart rate above this alerts. */
    @WithDefault("150")
    int maxHeartRate();

    /** Heart rate below this alerts. */
    @WithDefault("50")
    int minHeartRate();

    /** Respiratory rate below this alerts. */
    @WithDefault("10")
    int minRespiratoryRate();

    /** Respiratory rate above this alerts. */
    @WithDefault("30")
    int maxRespiratoryRate();

    /** Oxygen saturation floor (percent); below it alerts. */
    @WithDefault("92")
    int minSpo2();
  }

  /** Dose ranges (domain.md §3, Routes and doses). */
  interface DoseRanges {
    /** IV, mg per kg: lowest. */
    @WithDefault("0.1")
    BigDecimal ivMinMgPerKg();

    /** IV, mg per kg: highest. */
    @WithDefault("0.75")
    BigDecimal ivMaxMgPerKg();

    /** IM, mg per kg: lowest. */
    @WithDefault("0.5")
    BigDecimal imMinMgPerKg();

    /** IM, mg per kg: highest. */
    @WithDefault("0.75")
    BigDecimal imMaxMgPerKg();

    /** Sublingual lozenge, mg: lowest. */
    @WithDefault("100")
    BigDecimal sublingualMinMg();

    /** Sublingual lozenge, mg: highest. */
    @WithDefault("400")
    BigDecimal sublingualMaxMg();

    /** Intranasal esketamine: the allowed doses in mg (28 mg devices). */
    @WithDefault("56,84")
    java.util.List<BigDecimal> intranasalMg();
  }

  /**
   * Fasting rules: no solids for {@code *Solids}, no liquids for {@code *Liquids} before the start
   * (IV: 6 h / clear liquids until 2 h; intranasal: 2 h / 30 min; IM and sublingual follow IV and
   * intranasal by default).
   */
  interface Fasting {
    /** IV: no solids for this long. */
    @WithDefault("PT6H")
    Duration ivSolids();

    /** IV: no liquids for this long. */
    @WithDefault("PT2H")
    Duration ivLiquids();

    /** IM: no solids for this long. */
    @WithDefault("PT6H")
    Duration imSolids();

    /** IM: no liquids for this long. */
    @WithDefault("PT2H")
    Duration imLiquids();

    /** Sublingual: no solids for this long. */
    @WithDefault("PT2H")
    Duration sublingualSolids();

    /** Sublingual: no liquids for this long. */
    @WithDefault("PT30M")
    Duration sublingualLiquids();

    /** Intranasal: no solids for this long. */
    @WithDefault("PT2H")
    Duration intranasalSolids();

    /** Intranasal: no liquids for this long. */
    @WithDefault("PT30M")
    Duration intranasalLiquids();
  }
}
