package org.kapcare.records.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.problem.ProblemType;
import org.kapcare.records.policy.ClinicalPolicy;

/**
 * Exact scoring of PHQ-9, GAD-7 and PCL-5 (domain.md §4). Unanswered or out-of-range items are a
 * 400, never a guess.
 */
@ApplicationScoped
public class Scoring {

  private static final int PHQ9_SUICIDE_ITEM = 9;
  private static final int GAD7_POSITIVE = 10;

  private final int pcl5Cutoff;

  @jakarta.inject.Inject
  Scoring(ClinicalPolicy policy) {
    this(policy.pcl5Cutoff());
  }

  Scoring(int pcl5Cutoff) {
    this.pcl5Cutoff = pcl5Cutoff;
  }

  public Score score(Instrument instrument, List<Integer> answers) {
    validate(instrument, answers);
    int total = answers.stream().mapToInt(Integer::intValue).sum();
    return switch (instrument) {
      case PHQ9 ->
          new Score(
              total, phq9Band(total), answers.get(PHQ9_SUICIDE_ITEM - 1) > 0, total >= 10, null);
      case GAD7 -> new Score(total, gad7Band(total), false, total >= GAD7_POSITIVE, null);
      case PCL5 -> {
        boolean provisional = total >= pcl5Cutoff;
        yield new Score(
            total,
            provisional ? "provisional-ptsd" : "below-threshold",
            false,
            provisional,
            dsm5Pattern(answers));
      }
    };
  }

  /** PHQ-9: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe. */
  static String phq9Band(int total) {
    if (total <= 4) return "minimal";
    if (total <= 9) return "mild";
    if (total <= 14) return "moderate";
    if (total <= 19) return "moderately-severe";
    return "severe";
  }

  /** GAD-7: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. */
  static String gad7Band(int total) {
    if (total <= 4) return "minimal";
    if (total <= 9) return "mild";
    if (total <= 14) return "moderate";
    return "severe";
  }

  /**
   * DSM-5 rule for PCL-5: an item rated ≥ 2 counts; need ≥ 1 of B (items 1–5), ≥ 1 of C (6–7), ≥ 2
   * of D (8–14), ≥ 2 of E (15–20).
   */
  static boolean dsm5Pattern(List<Integer> a) {
    return endorsed(a, 1, 5) >= 1
        && endorsed(a, 6, 7) >= 1
        && endorsed(a, 8, 14) >= 2
        && endorsed(a, 15, 20) >= 2;
  }

  private static long endorsed(List<Integer> answers, int firstItem, int lastItem) {
    return answers.subList(firstItem - 1, lastItem).stream().filter(v -> v >= 2).count();
  }

  private static void validate(Instrument instrument, List<Integer> answers) {
    List<String> problems = new ArrayList<>();
    if (answers == null || answers.size() != instrument.items) {
      problems.add(
          instrument
              + " has "
              + instrument.items
              + " items; "
              + (answers == null ? 0 : answers.size())
              + " answered");
    } else {
      for (int i = 0; i < answers.size(); i++) {
        Integer v = answers.get(i);
        if (v == null) {
          problems.add("item " + (i + 1) + " is unanswered");
        } else if (v < 0 || v > instrument.maxAnswer) {
          problems.add("item " + (i + 1) + " must be 0–" + instrument.maxAnswer + ", was " + v);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(
          400, ProblemType.VALIDATION, "Invalid answers", String.join("; ", problems));
    }
  }
}
