#!/usr/bin/env bash
# Seeds the demo clinic through the gateway, as a coordinator would: the care providers become
# bookable, Kerry and Robin are enrolled. Safe to run again (409 means it is already there).
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

TOKEN=$(token cora)

provider() { # id name role email
  post /api/scheduling/providers \
    "{\"personId\":\"$1\",\"displayName\":\"$2\",\"roles\":[\"$3\"],\"email\":\"$4\",\"timeZone\":\"America/Los_Angeles\"}"
}
provider 2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01 "Tess Morrow, LCSW" THERAPIST tess@demo.kapcare.org
provider 2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a02 "Theo Brandt, CMHC" THERAPIST theo@demo.kapcare.org
provider 3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01 "Paula Reyes, APRN" PRESCRIBER paula@demo.kapcare.org
provider 4c6a1d35-8e4f-4b0a-8c33-7d9f5e1a6c01 "Nina Okafor, RN" NURSE nina@demo.kapcare.org
provider 5d7b2e46-9f5a-4c1b-9d44-8e0a6f2b7d01 "Chris Avery" CHAPLAIN chris@demo.kapcare.org

client() { # id given family email
  post /api/records/clients \
    "{\"personId\":\"$1\",\"givenName\":\"$2\",\"familyName\":\"$3\",\"dateOfBirth\":\"1988-04-12\",\"email\":\"$4\",\"phone\":\"+15035550123\",\"timeZone\":\"America/Los_Angeles\",\"referralSource\":\"SELF\",\"smsOptIn\":true}"
}
client 1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b01 Kerry Lane kerry@demo.kapcare.org
client 1f0c7a52-3b1e-4c7a-9d55-0a6c1e7d2b02 Robin Vale robin@demo.kapcare.org
# Coordinators and admins are in no provider directory: opening their inbox makes them recipients
# (no-show follow-ups, unscheduled integrations and escalations reach them from then on).
for staff in cora adam; do
  curl -fsS -o /dev/null -H "Authorization: Bearer $(token "$staff")" \
    "$GATEWAY/api/notifications/inbox/unread-count" || die "could not register $staff for notifications"
done
log "demo clinic seeded"
