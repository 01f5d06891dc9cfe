package org.kapcare.gateway.view;

/** Examples of the views for the OpenAPI document. */
final class ViewExamples {

  static final String CLIENT = "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01";
  static final String LOCATION = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

  static final String JOURNEY =
      """
      {"clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01",
       "nextAppointments": [{"id": "0b7e4c1a-2d3f-4e5a-9b8c-7d6e5f4a3b2c",
         "typeCode": "dosing-iv", "startsAt": "2026-12-03T15:00:00Z",
         "endsAt": "2026-12-03T17:00:00Z", "status": "CONFIRMED",
         "locationId": "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         "roomId": "5c4b3a29-1807-4f6e-9d5c-4b3a29180706",
         "preparation": "No solid food for 6 hours before; clear liquids until 2 hours before."}],
       "course": {"planId": "6d5c4b3a-2918-4706-8f5e-4d3c2b1a0f9e", "route": "IV",
         "sessionsPlanned": 6, "sessionsDone": 2, "courseWeeks": 3},
       "assessment": {"instrument": "PHQ9", "latestTotal": 9, "severity": "mild",
         "administeredAt": "2026-11-30T14:00:00Z", "baselineTotal": 19,
         "changeFromBaseline": -10, "response": true, "remission": false,
         "points": [{"administeredAt": "2026-11-10T14:00:00Z", "total": 19},
                    {"administeredAt": "2026-11-30T14:00:00Z", "total": 9}]},
       "unreadNotifications": 2, "missing": [], "missingReasons": {}}
      """;

  static final String JOURNEY_PARTIAL =
      """
      {"clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01", "nextAppointments": [],
       "course": {"planId": "6d5c4b3a-2918-4706-8f5e-4d3c2b1a0f9e", "route": "IV",
         "sessionsPlanned": 6, "sessionsDone": 2, "courseWeeks": 3},
       "assessment": null, "unreadNotifications": null,
       "missing": ["notifications"], "missingReasons": {"notifications": "timeout"}}
      """;

  static final String BOARD =
      """
      {"date": "2026-12-03",
       "rooms": [{"roomId": "5c4b3a29-1807-4f6e-9d5c-4b3a29180706", "name": "Cedar room",
         "locationId": "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         "sessions": [{"appointmentId": "0b7e4c1a-2d3f-4e5a-9b8c-7d6e5f4a3b2c",
           "typeCode": "dosing-iv", "startsAt": "2026-12-03T15:00:00Z",
           "endsAt": "2026-12-03T17:00:00Z", "timeZone": "America/New_York",
           "status": "CHECKED_IN",
           "clientIds": ["1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01"],
           "providerIds": ["2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01"]}]}],
       "checkedIn": [{"appointmentId": "0b7e4c1a-2d3f-4e5a-9b8c-7d6e5f4a3b2c",
         "clientIds": ["1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01"],
         "roomId": "5c4b3a29-1807-4f6e-9d5c-4b3a29180706",
         "startsAt": "2026-12-03T15:00:00Z", "timeZone": "America/New_York",
         "typeCode": "dosing-iv"}],
       "urgentAlerts": [{"inboxItemId": "7e6d5c4b-3a29-4180-8f6e-5d4c3b2a1908",
         "kind": "VITALS_ALERT", "title": "Vitals alert",
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01",
         "createdAt": "2026-12-03T15:42:00Z"}],
       "handoffs": [{"id": "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b",
         "clientId": "1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01",
         "authorId": "3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01", "priority": "URGENT",
         "sharedAt": "2026-12-03T13:10:00Z"}],
       "missing": [], "missingReasons": {}}
      """;

  static final String BOARD_PARTIAL =
      """
      {"date": "2026-12-03", "rooms": [], "checkedIn": [],
       "urgentAlerts": [], "handoffs": null,
       "missing": ["handoffs"], "missingReasons": {"handoffs": "unavailable"}}
      """;

  private ViewExamples() {}
}
