package org.kapcare.records.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.kapcare.records.policy.ClinicalPolicy;

/**
 * Evaluates a reading against the clinic's alert thresholds (domain.md §3: SBP > 180 or DBP > 110,
 * HR > 150 or < 50, RR < 10 or > 30, SpO2 below the floor).
 */
@ApplicationScoped
public class VitalSigns {

  private final ClinicalPolicy.VitalsThresholds limits;

  VitalSigns(ClinicalPolicy policy) {
    this.limits = policy.vitals();
  }

  /** A threshold crossed: the parameter, the value and the limit as text ({@code "> 180"}). */
  public record Breach(String parameter, int value, String threshold) {}

  /** Every threshold the reading crosses; empty when it is in range. */
  public List<Breach> breaches(VitalReading r) {
    List<Breach> out = new ArrayList<>();
    above(out, "systolic", r.systolic, limits.maxSystolic());
    above(out, "diastolic", r.diastolic, limits.maxDiastolic());
    above(out, "heartRate", r.heartRate, limits.maxHeartRate());
    below(out, "heartRate", r.heartRate, limits.minHeartRate());
    above(out, "respiratoryRate", r.respiratoryRate, limits.maxRespiratoryRate());
    below(out, "respiratoryRate", r.respiratoryRate, limits.minRespiratoryRate());
    below(out, "spo2", r.spo2, limits.minSpo2());
    return out;
  }

  private static void above(List<Breach> out, String parameter, Integer value, int limit) {
    if (value != null && value > limit) {
      out.add(new Breach(parameter, value, "> " + limit));
    }
  }

  private static void below(List<Breach> out, String parameter, Integer value, int limit) {
    if (value != null && value < limit) {
      out.add(new Breach(parameter, value, "< " + limit));
    }
  }
}
