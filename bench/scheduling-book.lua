-- wrk script for bench/scheduling-bench.sh: every request books a distinct free afternoon slot
-- (therapist n % 30, day (n / 30) % 56, hour 14-20 local) for a distinct client from 5041 on.
-- STARTS (one instant per day and hour, computed in the clinic's zone) and TOKEN come from the
-- generated bench-params.lua.
dofile(os.getenv("KAP_BENCH_PARAMS"))

local next_thread = 0
function setup(thread)
  thread:set("tid", next_thread)
  next_thread = next_thread + 1
end

local k = 0
function request()
  local n = tid + k * THREADS
  k = k + 1
  local therapist = 1 + n % 30
  local day = math.floor(n / 30) % 56
  local hour = math.floor(n / (30 * 56)) % 7
  local client = 5041 + n % 4000
  local body = string.format(
    '{"typeCode":"preparation","clientId":"00000000-0000-4000-9000-%012d","locationId":"00000000-0000-4000-8000-0000000000b1","startsAt":"%s","providerIds":["00000000-0000-4000-a000-%012d"]}',
    client, STARTS[day * 7 + hour + 1], therapist)
  return wrk.format("POST", "/appointments",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. TOKEN}, body)
end
