-- wrk script: members post comments as fast as the portal takes them.
-- Run with as many threads as connections (-t N -c N): each thread then has one connection, so its
-- answers come in the order of its requests and every 303 can be matched with the key it acknowledges.
-- Arguments (after --): sessions file ("<cookie> <csrf>" lines), targets file (article ids),
-- run prefix (letters/digits), output directory (acked-<thread>.csv: "key,comment id" per 303).

local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local function urlencode(s)
  return (string.gsub(s, "[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  sessions, targets = {}, {}
  for line in io.lines(args[1]) do
    local cookie, csrf = string.match(line, "^(%S+) (%S+)$")
    if cookie then table.insert(sessions, { cookie = cookie, csrf = urlencode(csrf) }) end
  end
  for line in io.lines(args[2]) do
    if string.match(line, "^%d+$") then table.insert(targets, line) end
  end
  prefix = args[3]
  acked = io.open(args[4] .. "/acked-" .. tid .. ".csv", "a")
  acked:setvbuf("line")
  sent, n, pending = 0, 0, nil
  statuses = {}
end

function request()
  n = n + 1
  local key = prefix .. "t" .. tid .. "n" .. n
  local s = sessions[((tid - 1) + (n - 1) * 7) % #sessions + 1]
  local target = targets[((tid - 1) * 13 + n) % #targets + 1]
  pending = key
  local body = "targetType=ARTICLE&targetId=" .. target .. "&lang=en&key=" .. key ..
    "&body=" .. urlencode("bench post " .. key .. ": thank you, the plank helps my lower back.") ..
    "&_csrf=" .. s.csrf
  return wrk.format("POST", "/comments", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = s.cookie,
  }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 303 and pending then
    local id = string.match(headers["Location"] or "", "#comment%-(%d+)$")
    if id then acked:write(pending .. "," .. id .. "\n") end
  end
  pending = nil
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "JSON {\"requests\":%d,\"duration_us\":%d,\"bytes\":%d,\"p50_us\":%d,\"p90_us\":%d,\"p99_us\":%d," ..
    "\"max_us\":%d,\"connect\":%d,\"read\":%d,\"write\":%d,\"status\":%d,\"timeout\":%d}\n",
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
  local all = {}
  for _, t in ipairs(threads) do
    local st = t:get("statuses")
    if st then for k, v in pairs(st) do all[k] = (all[k] or 0) + v end end
  end
  local parts = {}
  for k, v in pairs(all) do table.insert(parts, "\"" .. k .. "\":" .. v) end
  io.write("STATUSES {" .. table.concat(parts, ",") .. "}\n")
end
