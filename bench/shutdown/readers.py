#!/usr/bin/env python3
"""Readers for the graceful-shutdown check: N threads fetch a page over and over, one fresh
connection per request, and record what happened to every request until the server is gone. A
load-balancer thread polls /actuator/health/readiness every 100 ms; once it is not UP, no new
request is sent (as a load balancer would stop routing), and the requests still running must end
normally.

Outcomes: a status code, "refused" (the server no longer accepted the connection: fine during a
shutdown) or "broken" (the connection was accepted but the answer never came in full: an in-flight
request was dropped, which must not happen)."""
import collections
import http.client
import json
import sys
import threading
import time

host, port, path, threads, seconds = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
outcomes = collections.Counter()
lock = threading.Lock()
stop_at = time.monotonic() + seconds
draining = threading.Event()
drain_seen = {}


def load_balancer():
    while time.monotonic() < stop_at and not draining.is_set():
        try:
            conn = http.client.HTTPConnection(host, port, timeout=5)
            conn.request("GET", "/actuator/health/readiness")
            up = conn.getresponse().status == 200
            conn.close()
        except ConnectionRefusedError:
            up = False
        except OSError:
            continue  # a slow answer under load is not a "down"
        if not up:
            drain_seen["at"] = time.time()
            draining.set()
        time.sleep(0.1)


def one():
    conn = http.client.HTTPConnection(host, port, timeout=30)
    try:
        conn.connect()
    except ConnectionRefusedError:
        return "refused"
    try:
        conn.request("GET", path, headers={"Accept": "text/html", "Connection": "close"})
        response = conn.getresponse()
        body = response.read()
        if response.status == 200 and b"</html>" not in body:
            return "broken"
        return str(response.status)
    except (ConnectionResetError, http.client.RemoteDisconnected, http.client.IncompleteRead, TimeoutError):
        return "broken"
    finally:
        conn.close()


def reader():
    refused_in_a_row = 0
    while time.monotonic() < stop_at and refused_in_a_row < 20 and not draining.is_set():
        outcome = one()
        refused_in_a_row = refused_in_a_row + 1 if outcome == "refused" else 0
        with lock:
            outcomes[outcome] += 1
        if outcome == "refused":
            time.sleep(0.05)


workers = [threading.Thread(target=reader) for _ in range(threads)] + [threading.Thread(target=load_balancer)]
for w in workers:
    w.start()
for w in workers:
    w.join()
result = dict(outcomes)
result["readiness_down_at"] = drain_seen.get("at")
print(json.dumps(result))
