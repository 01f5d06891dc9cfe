#!/usr/bin/env bash
# Seeds the demo clinic through the gateway, as a coordinator would: a site with two rooms, the
# care providers bookable there on weekdays, Paula on duty for the next two weeks, Kerry and Robin
# enrolled with a care team. Safe to run again: 409 means it is already there, and the site's id is
# remembered in $KAP_STATE/demo-location (a new site only when that one is gone).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

GATEWAY="http://127.0.0.1:8080"

token() {
  curl -fsS -d grant_type=password -d client_id=kap-app -d "username=$1" -d password=demo \
    "$KEYCLOAK_URL/realms/kap/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

post() {
  local path=$1 body=$2 status
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$GATEWAY$path" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$body")
  case "$status" in
    201 | 409) ;;
    *) die "seeding $path answered $status" ;;
  esac
}

# put PATH BODY: a replacing write (If-Match: * — the demo takes whatever version is there).
put() {
  local path=$1 body=$2 status
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT "$GATEWAY$path" -H 'If-Match: *' \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$body")
  [[ "$status" == 200 ]] || die "seeding $path answered $status"
}

# create PATH BODY: prints the id of what was created.
create() {
  curl -fsS -X POST "$GATEWAY$1" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "$2" | sed -E 's/.*"id":"([^"]+)".*/\1/'
}

answers() { # PATH: whether a GET answers 200
  [[ $(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$GATEWAY$1") == 200 ]]
}

TOKEN=$(token cora)
ZONE=America/Los_Angeles
TESS=2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01 THEO=2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a02
PAULA=3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01 NINA=4c6a1d35-8e4f-4b0a-8c33-7d9f5e1a6c01
CHRIS=5d7b2e46-9f5a-4c1b-9d44-8e0a6f2b7d01
KERRY=1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01 ROBIN=1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b02

# Roles and e-mail come from Keycloak (the demo staff's realm roles); the body names the person.
provider() { # id name
  post /api/scheduling/providers \
    "{\"personId\":\"$1\",\"displayName\":\"$2\",\"timeZone\":\"America/Los_Angeles\"}"
}
provider "$TESS" "Tess Morrow, LCSW"
provider "$THEO" "Theo Brandt, CMHC"
provider "$PAULA" "Paula Reyes, APRN"
provider "$NINA" "Nina Okafor, RN"
provider "$CHRIS" "Chris Avery"

# The site, remembered across runs, with a dosing room and a therapy room.
LOCATION_FILE="$KAP_STATE/demo-location"
LOCATION=$(cat "$LOCATION_FILE" 2>/dev/null || true)
if [[ -z "$LOCATION" ]] || ! answers "/api/scheduling/locations/$LOCATION/rooms"; then
  LOCATION=$(create /api/scheduling/locations \
    "{\"name\":\"KAP Care Portland\",\"timeZone\":\"$ZONE\",\"phone\":\"+15035550100\"}")
  [[ "$LOCATION" =~ ^[0-9a-f-]{36}$ ]] || die "could not create the demo site"
  mkdir -p "$KAP_STATE" && echo "$LOCATION" >"$LOCATION_FILE"
  create "/api/scheduling/locations/$LOCATION/rooms" \
    '{"name":"Cedar room","equipment":["recliner","vitals-monitor","iv-pump","music-system"]}' >/dev/null
  create "/api/scheduling/locations/$LOCATION/rooms" '{"name":"Juniper room","equipment":[]}' >/dev/null
fi

# Weekdays 08:00-18:00 at the site, in its time zone.
WEEK=$(for day in MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY; do
  printf '{"day":"%s","starts":"08:00","ends":"18:00"},' "$day"; done)
for staff in "$TESS" "$THEO" "$PAULA" "$NINA" "$CHRIS"; do
  put "/api/scheduling/providers/$staff/working-hours" \
    "{\"locationId\":\"$LOCATION\",\"weekly\":[${WEEK%,}]}"
done

# Paula on duty 08:00-18:00 site time every day of the next two weeks (409: already on the rota).
for offset in $(seq 0 13); do
  day=$(TZ=$ZONE date -d "today + $offset days" +%F)
  starts=$(date -u -d "TZ=\"$ZONE\" $day 08:00" +%FT%TZ)
  ends=$(date -u -d "TZ=\"$ZONE\" $day 18:00" +%FT%TZ)
  [[ $(date -u -d "$ends" +%s) -gt $(date +%s) ]] || continue # today's shift is over
  post /api/scheduling/duty-shifts \
    "{\"locationId\":\"$LOCATION\",\"prescriberId\":\"$PAULA\",\"starts\":\"$starts\",\"ends\":\"$ends\"}"
done

client() { # id given family email
  post /api/records/clients \
    "{\"personId\":\"$1\",\"givenName\":\"$2\",\"familyName\":\"$3\",\"dateOfBirth\":\"1988-04-12\",\"email\":\"$4\",\"phone\":\"+15035550123\",\"timeZone\":\"America/Los_Angeles\",\"referralSource\":\"SELF\",\"smsOptIn\":true}"
}
client "$KERRY" Kerry Lane kerry@demo.kapcare.org
client "$ROBIN" Robin Vale robin@demo.kapcare.org
# Their care team: Tess (primary), Paula, Nina and Chris.
for person in "$KERRY" "$ROBIN"; do
  put "/api/records/clients/$person/care-team" \
    "{\"therapistId\":\"$TESS\",\"prescriberId\":\"$PAULA\",\"nurseIds\":[\"$NINA\"],\"chaplainId\":\"$CHRIS\",\"primaryClinicianId\":\"$TESS\"}"
done
# Coordinators and admins are in no provider directory: opening their inbox makes them recipients
# (no-show follow-ups, unscheduled integrations and escalations reach them from then on).
for staff in cora adam; do
  curl -fsS -o /dev/null -H "Authorization: Bearer $(token "$staff")" \
    "$GATEWAY/api/notifications/inbox/unread-count" || die "could not register $staff for notifications"
done
log "demo clinic seeded (site $LOCATION)"
