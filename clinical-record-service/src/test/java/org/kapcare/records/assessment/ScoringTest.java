package org.kapcare.records.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kapcare.platform.problem.ProblemException;

/** Exact scoring at every band boundary (domain.md §4). */
class ScoringTest {

  private final Scoring scoring = new Scoring(33);

  /** Answers for an instrument that add up to {@code total}, filled from the first item. */
  private static List<Integer> totalling(Instrument instrument, int total) {
    List<Integer> answers = new ArrayList<>(Collections.nCopies(instrument.items, 0));
    for (int i = 0; i < instrument.items && total > 0; i++) {
      int v = Math.min(instrument.maxAnswer, total);
      answers.set(i, v);
      total -= v;
    }
    return answers;
  }

  @ParameterizedTest
  @CsvSource({
    "0,minimal",
    "4,minimal",
    "5,mild",
    "9,mild",
    "10,moderate",
    "14,moderate",
    "15,moderately-severe",
    "19,moderately-severe",
    "20,severe",
    "27,severe"
  })
  void phq9BandsAtEveryBoundary(int total, String band) {
    Score s = scoring.score(Instrument.PHQ9, totalling(Instrument.PHQ9, total));
    assertEquals(total, s.total());
    assertEquals(band, s.severity());
  }

  @ParameterizedTest
  @CsvSource({
    "0,minimal",
    "4,minimal",
    "5,mild",
    "9,mild",
    "10,moderate",
    "14,moderate",
    "15,severe",
    "21,severe"
  })
  void gad7BandsAtEveryBoundary(int total, String band) {
    Score s = scoring.score(Instrument.GAD7, totalling(Instrument.GAD7, total));
    assertEquals(band, s.severity());
    assertEquals(total >= 10, s.positiveScreen());
  }

  @ParameterizedTest
  @CsvSource({"32,false", "33,true", "80,true", "0,false"})
  void pcl5ProvisionalPtsdAtTheCutoff(int total, boolean provisional) {
    Score s = scoring.score(Instrument.PCL5, totalling(Instrument.PCL5, total));
    assertEquals(total, s.total());
    assertEquals(provisional, s.positiveScreen());
  }

  @Test
  void phq9Item9AboveZeroFlagsSuicideRiskWhateverTheTotal() {
    List<Integer> answers = Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, 1);
    Score s = scoring.score(Instrument.PHQ9, answers);
    assertEquals(1, s.total());
    assertEquals("minimal", s.severity());
    assertTrue(s.suicideRisk());
    assertFalse(scoring.score(Instrument.PHQ9, totalling(Instrument.PHQ9, 24)).suicideRisk());
  }

  @Test
  void pcl5Dsm5PatternNeedsEveryCluster() {
    // B: item 1; C: item 6; D: items 8, 9; E: items 15, 16 — each rated 2.
    List<Integer> met = new ArrayList<>(Collections.nCopies(20, 0));
    for (int item : new int[] {1, 6, 8, 9, 15, 16}) met.set(item - 1, 2);
    assertTrue(scoring.score(Instrument.PCL5, met).dsm5Pattern());
    List<Integer> oneD = new ArrayList<>(met);
    oneD.set(8, 1); // item 9 rated 1 does not count
    assertFalse(scoring.score(Instrument.PCL5, oneD).dsm5Pattern());
    assertFalse(scoring.score(Instrument.PCL5, met).positiveScreen(), "total 12 is below 33");
  }

  @Test
  void missingItemsAreRefusedNeverGuessed() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> scoring.score(Instrument.PHQ9, Arrays.asList(1, 1, 1, 1, 1, 1, 1, 1)));
    assertEquals(400, e.status());
    assertThrows(
        ProblemException.class,
        () -> scoring.score(Instrument.GAD7, Arrays.asList(1, 1, null, 1, 1, 1, 1)));
  }

  @Test
  void outOfRangeAnswersAreRefused() {
    assertThrows(
        ProblemException.class,
        () -> scoring.score(Instrument.PHQ9, Arrays.asList(4, 0, 0, 0, 0, 0, 0, 0, 0)));
    assertThrows(
        ProblemException.class,
        () -> scoring.score(Instrument.GAD7, Arrays.asList(-1, 0, 0, 0, 0, 0, 0)));
    List<Integer> pcl = new ArrayList<>(Collections.nCopies(20, 4));
    assertEquals(80, scoring.score(Instrument.PCL5, pcl).total());
    pcl.set(19, 5);
    assertThrows(ProblemException.class, () -> scoring.score(Instrument.PCL5, pcl));
  }
}
