package org.kapcare.records.assessment;

/** The outcome measures (domain.md §4): item count and the highest answer per item. */
public enum Instrument {
  PHQ9(9, 3, "44249-1", "44261-6"),
  GAD7(7, 3, "69737-5", "70274-6"),
  PCL5(20, 4, null, null);

  public final int items;
  public final int maxAnswer;

  /** LOINC codes of the panel and of the total score, where LOINC has them. */
  public final String loincPanel;

  public final String loincTotal;

  Instrument(int items, int maxAnswer, String loincPanel, String loincTotal) {
    this.items = items;
    this.maxAnswer = maxAnswer;
    this.loincPanel = loincPanel;
    this.loincTotal = loincTotal;
  }
}
