-- wrk script: GET one path as many signed-in people in turn (a patient's day, a therapist's desk).
-- Arguments (after --): sessions file ("<cookie> <csrf>" lines from comments/login.py), path, and
-- optionally a pause in milliseconds that each connection waits before each request (0: none).
-- Prints "non-200 answers: N" at the end (a 302 to the login page would otherwise pass unseen).
local counter = 0
local threads = {}

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  sessions = {}
  for line in io.lines(args[1]) do
    local cookie = string.match(line, "^(%S+) %S+$")
    if cookie then table.insert(sessions, cookie) end
  end
  path = args[2]
  pause = tonumber(args[3] or "0")
  n, bad = 0, 0
end

function delay()
  return pause
end

function request()
  n = n + 1
  local cookie = sessions[(tid * 7 + n) % #sessions + 1]
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("bad") end
  print("non-200 answers: " .. total)
end
