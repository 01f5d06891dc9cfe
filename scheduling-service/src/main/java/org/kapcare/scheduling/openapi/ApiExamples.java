package org.kapcare.scheduling.openapi;

/**
 * Example values for the OpenAPI document, one coherent (and PHI-free) clinic: a Denver site whose
 * sessions are read in America/Denver (10:00 local is 17:00Z in December). Constants, so that
 * annotations can use them; {@code OpenApiExamplesTest} proves every operation has its examples.
 */
public final class ApiExamples {

  private ApiExamples() {}

  public static final String CLIENT = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01";
  public static final String CLIENT_2 = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b02";
  public static final String LOCATION = "6b3f7c2e-1d4a-4e8b-9f00-1a2b3c4d5e6f";
  public static final String LOCATION_2 = "6b3f7c2e-1d4a-4e8b-9f00-1a2b3c4d5e70";
  public static final String ROOM = "4c6a1d35-8e2f-4b0a-9c33-7d9f5e1a6c01";
  public static final String ROOM_2 = "4c6a1d35-8e2f-4b0a-9c33-7d9f5e1a6c02";
  public static final String THERAPIST = "2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01";
  public static final String PRESCRIBER = "3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01";
  public static final String APPOINTMENT = "8d2e4f60-5a1b-4c3d-8e9f-0a1b2c3d4e01";
  public static final String INTEGRATION = "8d2e4f60-5a1b-4c3d-8e9f-0a1b2c3d4e02";
  public static final String GROUP_SESSION = "8d2e4f60-5a1b-4c3d-8e9f-0a1b2c3d4e03";
  public static final String PLAN = "9e3f5a71-6b2c-4d4e-9fa0-1b2c3d4e5f01";
  public static final String WAITLIST_ENTRY = "7c1b3e59-4f0a-4b2c-8d7e-9f0a1b2c3d01";
  public static final String DUTY_SHIFT = "5d7b2e46-9f3a-4c1b-8d44-8e0a6f2b7c01";
  public static final String DUTY_SHIFT_2 = "5d7b2e46-9f3a-4c1b-8d44-8e0a6f2b7c02";
  public static final String SCHEDULE_EXCEPTION = "0e8c3f57-2a4b-4d6c-9e55-9f1b7a3c8d01";
  public static final String IDEMPOTENCY_KEY = "c9b1e2d3-4f5a-4b6c-8d7e-0f1a2b3c4d5e";
  public static final String FEED_TOKEN = "q3Jz8Xw1pL0vT6mB2nC9yK4dF7hS5aGe";
  public static final String ZONE = "America/Denver";

  /** Wednesday 2 December 2026, 10:00–12:00 in Denver. */
  public static final String STARTS = "2026-12-02T17:00:00Z";

  public static final String ENDS = "2026-12-02T19:00:00Z";
  public static final String FROM = "2026-12-01T07:00:00Z";
  public static final String TO = "2026-12-08T07:00:00Z";
  public static final String IF_MATCH = "\"0\"";

  /** {@link org.kapcare.platform.http.Cursor} of the dosing session (after it, by start). */
  public static final String APPOINTMENT_CURSOR =
      "MjAyNi0xMi0wMlQxNzowMDowMFp8OGQyZTRmNjAtNWExYi00YzNkLThlOWYtMGExYjJjM2Q0ZTAx";

  /** Cursor of the waitlist entry (after it, by creation). */
  public static final String WAITLIST_CURSOR =
      "MjAyNi0xMS0yMFQxNjowNToxMi40ODNafDdjMWIzZTU5LTRmMGEtNGIyYy04ZDdlLTlmMGExYjJjM2QwMQ";

  /** {@link org.kapcare.scheduling.paging.KeyCursor} after the room "Cedar room". */
  public static final String ROOM_CURSOR = "azF8Q2VkYXIgcm9vbQ";

  /** Key cursor ({@code KeyCursor.of}) after the site "Denver clinic" ({@link #LOCATION}). */
  public static final String LOCATION_CURSOR =
      "azF8RGVudmVyIGNsaW5pY3w2YjNmN2MyZS0xZDRhLTRlOGItOWYwMC0xYTJiM2M0ZDVlNmY";

  /** Key cursor after the provider "Tess Morrow, LCSW" ({@link #THERAPIST}). */
  public static final String PROVIDER_CURSOR =
      "azF8VGVzcyBNb3Jyb3csIExDU1d8MmE0ZTliMTMtNmMyZC00ZjhlLThhMTEtNWI3ZDNjOWU0YTAx";

  /** Cursor after the second duty shift (its start and id). */
  public static final String DUTY_SHIFT_CURSOR =
      "MjAyNi0xMi0wMlQxNTowMDowMFp8NWQ3YjJlNDYtOWYzYS00YzFiLThkNDQtOGUwYTZmMmI3YzAy";

  /** Cursor after the time off over Christmas (its start and id). */
  public static final String EXCEPTION_CURSOR =
      "MjAyNi0xMi0yNFQxNjowMDowMFp8MGU4YzNmNTctMmE0Yi00ZDZjLTllNTUtOWYxYjdhM2M4ZDAx";

  /** A prescriber's shift: Tuesday 1 December 2026, 08:00–18:00 in Denver. */
  public static final String DUTY_STARTS = "2026-12-01T15:00:00Z";

  public static final String DUTY_ENDS = "2026-12-02T01:00:00Z";

  /** Time off over Christmas: 24 December 09:00 to 26 December 19:00 in Denver. */
  public static final String TIME_OFF_STARTS = "2026-12-24T16:00:00Z";

  public static final String TIME_OFF_ENDS = "2026-12-27T02:00:00Z";

  /** Key cursor after the type "dosing-im". */
  public static final String TYPE_CURSOR = "azF8ZG9zaW5nLWlt";

  /** Key cursor after the second change of an appointment. */
  public static final String HISTORY_CURSOR = "azF8Mg";

  private static final String DOSING_HEAD =
      "{\"id\": \""
          + APPOINTMENT
          + "\", \"typeCode\": \"dosing-sublingual\", \"clientId\": \""
          + CLIENT
          + "\", \"clientIds\": [\""
          + CLIENT
          + "\"], \"locationId\": \""
          + LOCATION
          + "\", \"roomId\": \""
          + ROOM
          + "\", \"providerIds\": [\""
          + THERAPIST
          + "\"], ";

  private static final String AT_STARTS =
      "\"startsAt\": \"" + STARTS + "\", \"endsAt\": \"" + ENDS + "\", ";

  private static final String NO_LINKS = "\"followsAppointmentId\": null, \"courseId\": null, ";

  /** The dosing session as booked. */
  public static final String APPOINTMENT_BOOKED =
      DOSING_HEAD
          + AT_STARTS
          + "\"status\": \"BOOKED\", "
          + NO_LINKS
          + "\"lateCancel\": false, \"cancelReason\": null, \"version\": 0}";

  public static final String APPOINTMENT_CONFIRMED =
      DOSING_HEAD
          + AT_STARTS
          + "\"status\": \"CONFIRMED\", "
          + NO_LINKS
          + "\"lateCancel\": false, \"cancelReason\": null, \"version\": 1}";

  /** Moved to Friday 10:00 in Denver. */
  public static final String APPOINTMENT_RESCHEDULED =
      DOSING_HEAD
          + "\"startsAt\": \"2026-12-04T17:00:00Z\", \"endsAt\": \"2026-12-04T19:00:00Z\", "
          + "\"status\": \"BOOKED\", "
          + NO_LINKS
          + "\"lateCancel\": false, \"cancelReason\": null, \"version\": 1}";

  public static final String APPOINTMENT_CANCELLED =
      DOSING_HEAD
          + AT_STARTS
          + "\"status\": \"CANCELLED\", "
          + NO_LINKS
          + "\"lateCancel\": false, \"cancelReason\": \"ILLNESS\", \"cancelNote\": \"flu, rebook in a week\", \"version\": 1}";

  public static final String APPOINTMENT_CHECKED_IN =
      DOSING_HEAD
          + AT_STARTS
          + "\"status\": \"CHECKED_IN\", "
          + NO_LINKS
          + "\"lateCancel\": false, \"cancelReason\": null, \"version\": 2}";

  public static final String APPOINTMENT_NO_SHOW =
      DOSING_HEAD
          + AT_STARTS
          + "\"status\": \"NO_SHOW\", "
          + NO_LINKS
          + "\"lateCancel\": false, \"cancelReason\": null, \"version\": 2}";

  public static final String APPOINTMENT_COMPLETED =
      DOSING_HEAD
          + AT_STARTS
          + "\"status\": \"COMPLETED\", "
          + NO_LINKS
          + "\"lateCancel\": false, \"cancelReason\": null, \"version\": 3}";

  /** The integration session the day after the dosing session, 10:00–11:00 in Denver. */
  private static final String INTEGRATION_BOOKED =
      "{\"id\": \""
          + INTEGRATION
          + "\", \"typeCode\": \"integration\", \"clientId\": \""
          + CLIENT
          + "\", \"clientIds\": [\""
          + CLIENT
          + "\"], \"locationId\": \""
          + LOCATION
          + "\", \"roomId\": null, \"providerIds\": [\""
          + THERAPIST
          + "\"], \"startsAt\": \"2026-12-03T17:00:00Z\", \"endsAt\": \"2026-12-03T18:00:00Z\","
          + " \"status\": \"BOOKED\", \"followsAppointmentId\": \""
          + APPOINTMENT
          + "\", \"courseId\": null, \"lateCancel\": false, \"cancelReason\": null,"
          + " \"version\": 0}";

  /** A page of appointments with the cursor of the next page. */
  public static final String APPOINTMENT_PAGE =
      "{\"items\": ["
          + APPOINTMENT_BOOKED
          + ", "
          + INTEGRATION_BOOKED
          + "], \"next\": \"MjAyNi0xMi0wM1QxNzowMDowMFp8OGQyZTRmNjAtNWExYi00YzNkLThlOWYtMGExYjJjM2Q0ZTAy\"}";

  private static final String COURSE_INTEGRATION_HEAD =
      "{\"id\": \""
          + INTEGRATION
          + "\", \"typeCode\": \"integration\", \"clientId\": \""
          + CLIENT
          + "\", \"clientIds\": [\""
          + CLIENT
          + "\"], \"locationId\": \""
          + LOCATION
          + "\", \"roomId\": null, \"providerIds\": [\""
          + THERAPIST
          + "\"], \"startsAt\": \"2026-12-03T17:00:00Z\", \"endsAt\": \"2026-12-03T18:00:00Z\", ";

  private static final String COURSE_INTEGRATION_TAIL =
      "\"followsAppointmentId\": \""
          + APPOINTMENT
          + "\", \"courseId\": \""
          + PLAN
          + "\", \"lateCancel\": false, \"cancelReason\": null, \"version\": 0}";

  /** One page of a proposed course: its sessions are TENTATIVE until confirmed. */
  public static final String COURSE_PAGE =
      "{\"items\": ["
          + DOSING_HEAD
          + AT_STARTS
          + "\"status\": \"TENTATIVE\", \"followsAppointmentId\": null, \"courseId\": \""
          + PLAN
          + "\", \"lateCancel\": false, \"cancelReason\": null, \"version\": 0}, "
          + COURSE_INTEGRATION_HEAD
          + "\"status\": \"TENTATIVE\", "
          + COURSE_INTEGRATION_TAIL
          + "], \"next\": null}";

  /** A confirmed course: every session BOOKED. */
  public static final String COURSE_CONFIRMED =
      "["
          + DOSING_HEAD
          + AT_STARTS
          + "\"status\": \"BOOKED\", \"followsAppointmentId\": null, \"courseId\": \""
          + PLAN
          + "\", \"lateCancel\": false, \"cancelReason\": null, \"version\": 1}, "
          + COURSE_INTEGRATION_HEAD
          + "\"status\": \"BOOKED\", \"followsAppointmentId\": \""
          + APPOINTMENT
          + "\", \"courseId\": \""
          + PLAN
          + "\", \"lateCancel\": false, \"cancelReason\": null, \"version\": 1}"
          + "]";

  /** A group integration session with two clients, as staff see it. */
  public static final String GROUP_SESSION_VIEW =
      "{\"id\": \""
          + GROUP_SESSION
          + "\", \"typeCode\": \"group-integration\", \"clientId\": \""
          + CLIENT
          + "\", \"clientIds\": [\""
          + CLIENT
          + "\", \""
          + CLIENT_2
          + "\"], \"locationId\": \""
          + LOCATION
          + "\", \"roomId\": null, \"providerIds\": [\""
          + THERAPIST
          + "\"], \"startsAt\": \"2026-12-05T17:00:00Z\", \"endsAt\": \"2026-12-05T18:30:00Z\","
          + " \"status\": \"BOOKED\", \"followsAppointmentId\": null, \"courseId\": null,"
          + " \"lateCancel\": false, \"cancelReason\": null, \"version\": 1}";

  /** The group session after the second client left. */
  public static final String GROUP_SESSION_LEFT =
      "{\"id\": \""
          + GROUP_SESSION
          + "\", \"typeCode\": \"group-integration\", \"clientId\": \""
          + CLIENT
          + "\", \"clientIds\": [\""
          + CLIENT
          + "\"], \"locationId\": \""
          + LOCATION
          + "\", \"roomId\": null, \"providerIds\": [\""
          + THERAPIST
          + "\"], \"startsAt\": \"2026-12-05T17:00:00Z\", \"endsAt\": \"2026-12-05T18:30:00Z\","
          + " \"status\": \"BOOKED\", \"followsAppointmentId\": null, \"courseId\": null,"
          + " \"lateCancel\": false, \"cancelReason\": null, \"version\": 2}";

  /** An appointment's changes, oldest first, one page. */
  public static final String HISTORY_PAGE =
      "{\"items\": [{\"action\": \"BOOKED\", \"startsAt\": \""
          + STARTS
          + "\", \"endsAt\": \""
          + ENDS
          + "\", \"reason\": null, \"changedBy\": \""
          + THERAPIST
          + "\", \"at\": \"2026-11-20T16:05:12.483Z\"}, {\"action\": \"RESCHEDULED\","
          + " \"startsAt\": \"2026-12-04T17:00:00Z\", \"endsAt\": \"2026-12-04T19:00:00Z\","
          + " \"reason\": null, \"changedBy\": \""
          + THERAPIST
          + "\", \"at\": \"2026-11-23T18:41:07.015Z\"}], \"next\": \""
          + HISTORY_CURSOR
          + "\"}";

  /** Free slots for a dosing session, earliest first. */
  public static final String SLOTS =
      "[{\"typeCode\": \"dosing-sublingual\", \"startsAt\": \""
          + STARTS
          + "\", \"endsAt\": \""
          + ENDS
          + "\", \"providerIds\": [\""
          + THERAPIST
          + "\"], \"roomId\": \""
          + ROOM
          + "\"}, {\"typeCode\": \"dosing-sublingual\", \"startsAt\": \"2026-12-02T20:00:00Z\","
          + " \"endsAt\": \"2026-12-02T22:00:00Z\", \"providerIds\": [\""
          + THERAPIST
          + "\"], \"roomId\": \""
          + ROOM
          + "\"}]";

  public static final String TYPE_DOSING_IV =
      "{\"name\": \"Dosing session, intravenous\", \"minutes\": 120, \"providerRoles\":"
          + " [\"therapist\", \"nurse\"], \"roomEquipment\": [\"recliner\", \"vitals-monitor\","
          + " \"iv-pump\", \"music-system\"], \"dosing\": true, \"integration\": false,"
          + " \"clientSelfBooking\": false, \"code\": \"dosing-iv\", \"version\": 1}";

  /** A page of appointment types, by code. */
  public static final String TYPE_PAGE =
      "{\"items\": [{\"name\": \"Dosing session, intramuscular\", \"minutes\": 120,"
          + " \"providerRoles\": [\"therapist\", \"nurse\"], \"roomEquipment\": [\"recliner\","
          + " \"vitals-monitor\", \"music-system\"], \"dosing\": true, \"integration\": false,"
          + " \"clientSelfBooking\": false, \"code\": \"dosing-im\", \"version\": 0}, {\"name\":"
          + " \"Dosing session, intranasal\", \"minutes\": 120, \"providerRoles\": [\"therapist\"],"
          + " \"roomEquipment\": [\"recliner\", \"vitals-monitor\", \"music-system\"], \"dosing\":"
          + " true, \"integration\": false, \"clientSelfBooking\": false, \"code\":"
          + " \"dosing-intranasal\", \"version\": 0}], \"next\": \"azF8ZG9zaW5nLWludHJhbmFzYWw\"}";

  public static final String LOCATION_VIEW =
      "{\"id\": \""
          + LOCATION
          + "\", \"name\": \"Denver clinic\", \"timeZone\": \""
          + ZONE
          + "\", \"phone\": \"+13035550100\"}";

  public static final String ROOM_VIEW =
      "{\"id\": \""
          + ROOM
          + "\", \"locationId\": \""
          + LOCATION
          + "\", \"name\": \"Cedar room\", \"equipment\": [\"music-system\", \"recliner\","
          + " \"vitals-monitor\"]}";

  /** A page of rooms, by name. */
  public static final String ROOM_PAGE =
      "{\"items\": ["
          + ROOM_VIEW
          + ", {\"id\": \""
          + ROOM_2
          + "\", \"locationId\": \""
          + LOCATION
          + "\", \"name\": \"Juniper room\", \"equipment\": [\"iv-pump\", \"music-system\","
          + " \"recliner\", \"vitals-monitor\"]}], \"next\": null}";

  /** A page of sites, by name, with more to follow. */
  public static final String LOCATION_PAGE =
      "{\"items\": [{\"id\": \""
          + LOCATION_2
          + "\", \"name\": \"Boulder clinic\", \"timeZone\": \""
          + ZONE
          + "\", \"phone\": \"+13035550199\"}, "
          + LOCATION_VIEW
          + "], \"next\": \""
          + LOCATION_CURSOR
          + "\"}";

  /** The prescriber rota of the Denver site, two shifts, by start, with more to follow. */
  public static final String DUTY_SHIFT_PAGE =
      "{\"items\": [{\"id\": \""
          + DUTY_SHIFT
          + "\", \"locationId\": \""
          + LOCATION
          + "\", \"prescriberId\": \""
          + PRESCRIBER
          + "\", \"startsAt\": \""
          + DUTY_STARTS
          + "\", \"endsAt\": \""
          + DUTY_ENDS
          + "\"}, {\"id\": \""
          + DUTY_SHIFT_2
          + "\", \"locationId\": \""
          + LOCATION
          + "\", \"prescriberId\": \""
          + PRESCRIBER
          + "\", \"startsAt\": \"2026-12-02T15:00:00Z\", \"endsAt\": \"2026-12-03T01:00:00Z\"}],"
          + " \"next\": \""
          + DUTY_SHIFT_CURSOR
          + "\"}";

  /** A provider's exceptions in December: time off from the Denver site over Christmas. */
  public static final String EXCEPTION_PAGE =
      "{\"items\": [{\"id\": \""
          + SCHEDULE_EXCEPTION
          + "\", \"providerId\": \""
          + THERAPIST
          + "\", \"kind\": \"TIME_OFF\", \"locationId\": \""
          + LOCATION
          + "\", \"startsAt\": \""
          + TIME_OFF_STARTS
          + "\", \"endsAt\": \""
          + TIME_OFF_ENDS
          + "\", \"note\": \"holiday\"}], \"next\": \""
          + EXCEPTION_CURSOR
          + "\"}";

  /** The therapist's weekly hours at the Denver site, in its time zone. */
  public static final String PROVIDER_HOURS =
      "{\"providerId\": \""
          + THERAPIST
          + "\", \"sites\": [{\"locationId\": \""
          + LOCATION
          + "\", \"weekly\": [{\"day\": \"MONDAY\", \"starts\": \"09:00\", \"ends\":"
          + " \"17:00\"}, {\"day\": \"WEDNESDAY\", \"starts\": \"09:00\", \"ends\":"
          + " \"12:30\"}, {\"day\": \"WEDNESDAY\", \"starts\": \"13:30\", \"ends\":"
          + " \"18:00\"}]}]}";

  public static final String DUTY_SHIFT_CREATED = "{\"id\": \"" + DUTY_SHIFT + "\"}";

  public static final String EXCEPTION_CREATED = "{\"id\": \"" + SCHEDULE_EXCEPTION + "\"}";

  public static final String WORKING_HOURS_REPLACED =
      "{\"providerId\": \"" + THERAPIST + "\", \"locationId\": \"" + LOCATION + "\"}";

  public static final String PROVIDER_VIEW =
      "{\"id\": \""
          + THERAPIST
          + "\", \"displayName\": \"Tess Morrow, LCSW\", \"roles\": [\"therapist\"], \"email\":"
          + " \"tess@demo.kapcare.org\", \"phone\": \"+13035550142\", \"timeZone\": \""
          + ZONE
          + "\", \"registeredAt\": \"2026-11-02T16:30:00Z\", \"version\": 0}";

  /** A page of providers, by display name, with more to follow. */
  public static final String PROVIDER_PAGE =
      "{\"items\": [{\"id\": \""
          + PRESCRIBER
          + "\", \"displayName\": \"Paula Reyes, APRN\", \"roles\": [\"prescriber\"],"
          + " \"email\": \"paula@demo.kapcare.org\", \"phone\": \"+13035550143\", \"timeZone\":"
          + " \""
          + ZONE
          + "\", \"registeredAt\": \"2026-11-02T16:25:00Z\", \"version\": 0}, "
          + PROVIDER_VIEW
          + "], \"next\": \""
          + PROVIDER_CURSOR
          + "\"}";

  public static final String SCHEDULING_CONTEXT =
      "{\"id\": \""
          + CLIENT
          + "\", \"timeZone\": \""
          + ZONE
          + "\", \"therapistId\": \""
          + THERAPIST
          + "\", \"prescriberId\": \""
          + PRESCRIBER
          + "\", \"preferredStart\": \"14:00:00\", \"preferredEnd\": \"18:00:00\"}";

  private static final String ENTRY_HEAD =
      "{\"id\": \""
          + WAITLIST_ENTRY
          + "\", \"clientId\": \""
          + CLIENT
          + "\", \"typeCode\": \"preparation\", \"locationId\": \""
          + LOCATION
          + "\", \"providerId\": \""
          + THERAPIST
          + "\", \"priority\": false, ";

  public static final String WAITLIST_WAITING =
      ENTRY_HEAD
          + "\"status\": \"WAITING\", \"offerAppointmentId\": null, \"offerExpiresAt\": null}";

  public static final String WAITLIST_OFFERED =
      ENTRY_HEAD
          + "\"status\": \"OFFERED\", \"offerAppointmentId\": \""
          + APPOINTMENT
          + "\", \"offerExpiresAt\": \"2026-11-30T18:00:00Z\"}";

  public static final String WAITLIST_BOOKED =
      ENTRY_HEAD
          + "\"status\": \"BOOKED\", \"offerAppointmentId\": \""
          + APPOINTMENT
          + "\", \"offerExpiresAt\": \"2026-11-30T18:00:00Z\"}";

  /** A page of a client's waitlist entries, oldest first. */
  public static final String WAITLIST_PAGE =
      "{\"items\": [" + WAITLIST_OFFERED + "], \"next\": null}";

  public static final String FEED =
      "{\"url\": \"https://kapcare.example/api/scheduling/calendar-feeds/" + FEED_TOKEN + ".ics\"}";

  /** A client's feed with one session (lines folded at 75 octets; VTIMEZONE shortened). */
  public static final String ICALENDAR =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KAP Care//Scheduling//EN\r\n"
          + "CALSCALE:GREGORIAN\r\nX-WR-CALNAME:KAP Care\r\n"
          + "BEGIN:VTIMEZONE\r\nTZID:America/Denver\r\nEND:VTIMEZONE\r\n"
          + "BEGIN:VEVENT\r\nUID:"
          + APPOINTMENT
          + "@kapcare.org\r\nDTSTAMP:20261120T160512Z\r\n"
          + "DTSTART;TZID=America/Denver:20261202T100000\r\n"
          + "DTEND;TZID=America/Denver:20261202T120000\r\nSEQUENCE:0\r\n"
          + "SUMMARY:Appointment at Denver clinic\r\nLOCATION:Denver clinic\r\n"
          + "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

  public static final String FHIR_SCHEDULE =
      "{\"resourceType\": \"Schedule\", \"id\": \""
          + THERAPIST
          + "\", \"active\": true, \"actor\": [{\"reference\": \"Practitioner/"
          + THERAPIST
          + "\", \"display\": \"Tess Morrow, LCSW\"}]}";

  public static final String FHIR_SLOTS =
      "{\"resourceType\": \"Bundle\", \"id\": \"b7e2c4d1-3f5a-4e6b-8c9d-0a1b2c3d4e5f\", \"type\":"
          + " \"searchset\", \"total\": 2, \"entry\": [{\"fullUrl\": \"Slot/2a4e9b13-1796230800-b\","
          + " \"resource\": {\"resourceType\": \"Slot\", \"id\": \"2a4e9b13-1796230800-b\","
          + " \"schedule\": {\"reference\": \"Schedule/"
          + THERAPIST
          + "\"}, \"status\": \"busy\", \"start\": \""
          + STARTS
          + "\", \"end\": \""
          + ENDS
          + "\"}, \"search\": {\"mode\": \"match\"}}, {\"fullUrl\": \"Slot/2a4e9b13-1796238000-f\","
          + " \"resource\": {\"resourceType\": \"Slot\", \"id\": \"2a4e9b13-1796238000-f\","
          + " \"schedule\": {\"reference\": \"Schedule/"
          + THERAPIST
          + "\"}, \"status\": \"free\", \"start\": \""
          + ENDS
          + "\", \"end\": \"2026-12-03T00:00:00Z\"}, \"search\": {\"mode\": \"match\"}}]}";

  public static final String FHIR_APPOINTMENT =
      "{\"resourceType\": \"Appointment\", \"id\": \""
          + APPOINTMENT
          + "\", \"status\": \"booked\", \"serviceType\": [{\"text\": \"Dosing session,"
          + " sublingual\"}], \"start\": \""
          + STARTS
          + "\", \"end\": \""
          + ENDS
          + "\", \"minutesDuration\": 120, \"participant\": [{\"actor\": {\"reference\":"
          + " \"Patient/"
          + CLIENT
          + "\"}, \"status\": \"accepted\"}, {\"actor\": {\"reference\": \"Practitioner/"
          + THERAPIST
          + "\"}, \"status\": \"accepted\"}, {\"actor\": {\"reference\": \"Location/"
          + LOCATION
          + "\"}, \"status\": \"accepted\"}]}";
}
