package org.kapcare.gateway.view;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kapcare.gateway.client.Backends;
import org.kapcare.gateway.client.Backends.Appointment;
import org.kapcare.gateway.client.Call;
import org.kapcare.gateway.client.NotificationsClient;
import org.kapcare.gateway.client.RecordsClient;
import org.kapcare.gateway.client.SchedulingClient;
import org.kapcare.gateway.config.ViewsConfig;
import org.kapcare.gateway.view.JourneyView.AssessmentTrend;
import org.kapcare.gateway.view.JourneyView.CourseProgress;
import org.kapcare.gateway.view.JourneyView.NextAppointment;
import org.kapcare.gateway.view.JourneyView.Point;

/** Builds a client's journey from the three services, called in parallel. */
@ApplicationScoped
public class Journey {

  static final String INSTRUMENT = "PHQ9";
  private static final Set<String> UPCOMING = Set.of("TENTATIVE", "BOOKED", "CONFIRMED");

  private final SchedulingClient scheduling;
  private final RecordsClient records;
  private final NotificationsClient notifications;
  private final ViewsConfig config;

  Journey(
      SchedulingClient scheduling,
      RecordsClient records,
      NotificationsClient notifications,
      ViewsConfig config) {
    this.scheduling = scheduling;
    this.records = records;
    this.notifications = notifications;
    this.config = config;
  }

  public Uni<JourneyView> of(UUID client, Call call) {
    Duration deadline = config.deadline();
    Instant now = Instant.now();
    int wanted = config.journeyAppointments();
    Uni<Part<List<NextAppointment>>> appointments =
        Part.await(
            scheduling
                .appointments(call, client, null, now, now.plus(config.journeyHorizon()), null, 50)
                .map(page -> next(page.items(), wanted)),
            deadline,
            "appointments");
    Uni<Part<CourseProgress>> course =
        Part.awaitOrEmpty(
            records.summary(call, client).map(summary -> progress(summary.course())),
            deadline,
            "course",
            null);
    Uni<Part<AssessmentTrend>> assessment =
        Part.awaitOrEmpty(
            records.assessments(call, client, INSTRUMENT).map(Journey::trend),
            deadline,
            "assessments",
            null);
    Uni<Part<Long>> unread =
        Part.await(
            notifications.unreadCount(call).map(Backends.UnreadCount::unread),
            deadline,
            "notifications");
    return Uni.combine()
        .all()
        .unis(appointments, course, assessment, unread)
        .with(
            (a, c, t, u) -> {
              Missing missing = new Missing();
              return new JourneyView(
                  client,
                  missing.take("appointments", a),
                  missing.take("course", c),
                  missing.take("assessments", t),
                  missing.take("notifications", u),
                  missing.parts(),
                  missing.reasons());
            });
  }

  private List<NextAppointment> next(List<Appointment> items, int wanted) {
    return items.stream()
        .filter(a -> UPCOMING.contains(a.status()))
        .sorted(Comparator.comparing(Appointment::startsAt))
        .limit(wanted)
        .map(
            a ->
                new NextAppointment(
                    a.id(),
                    a.typeCode(),
                    a.startsAt(),
                    a.endsAt(),
                    a.status(),
                    a.locationId(),
                    a.roomId(),
                    config.preparation().getOrDefault(a.typeCode(), config.preparationDefault())))
        .toList();
  }

  private static CourseProgress progress(Backends.Course course) {
    if (course == null) {
      return null;
    }
    return new CourseProgress(
        course.planId(),
        course.route(),
        course.dosingSessions(),
        course.dosingSessionsCompleted(),
        course.courseWeeks());
  }

  private static AssessmentTrend trend(List<Backends.Assessment> scores) {
    if (scores == null || scores.isEmpty()) {
      return null;
    }
    Backends.Assessment latest = scores.get(scores.size() - 1);
    return new AssessmentTrend(
        latest.instrument(),
        latest.total(),
        latest.severity(),
        latest.administeredAt(),
        latest.baselineTotal(),
        latest.changeFromBaseline(),
        latest.response(),
        latest.remission(),
        scores.stream().map(s -> new Point(s.administeredAt(), s.total())).toList());
  }
}
