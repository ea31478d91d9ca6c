#!/usr/bin/env python3
"""One fault-test client (Python 3 standard library only).

Logs in, then posts comments one after another, each with a fresh idempotency key and a body
that names the key. A key is written to the acknowledged file (appended and fsync'ed) only when
the portal answered 303 to the article with "#comment-<id>". On a connection error, a timeout or
a 5xx the same key is sent again, until it is acknowledged or the client has to stop. A 403 or a
redirect to /login means the session was lost (the portal restarted): renew it, then resend
the same key.

Files in --out: acked-<n>.csv ("key,comment id,ack time,attempts,send time of the answered attempt"
per acknowledged key), stats-<n>.json at exit,
client-<n>.log (anomalies with the portal's answer, for evidence).
"""

import argparse
import http.client
import http.cookiejar
import json
import os
import re
import signal
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"')
TARGET_ID = re.compile(r'name="targetId"\s+value="(\d+)"')
COMMENT_ANCHOR = re.compile(r"#comment-(\d+)$")
TIMEOUT = 10  # seconds per request; a timed-out post is resent with the same key
PAUSE = 0.2  # seconds between attempts while the portal is away


class Transient(Exception):
    """The portal is not reachable or not ready: try again later."""

    def __init__(self, message, connection=False):
        super().__init__(message)
        self.connection = connection


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are answers to look at, not to follow."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Client:
    def __init__(self, args):
        self.args = args
        self.base = args.base.rstrip("/")
        self.stats = {
            "client": args.id,
            "keys": 0,  # keys started
            "acked": 0,  # keys acknowledged with a 303
            "attempts": 0,  # POST /comments sent
            "resends": 0,  # POSTs of a key that had been sent before
            "retried_keys": 0,  # keys that needed more than one POST
            "max_attempts_per_key": 0,
            "abandoned": 0,  # keys given up at the end (never acknowledged, so not checked)
            "conn_errors": 0,
            "http_5xx": 0,
            "relogins": 0,
            "unexpected": 0,  # any other answer (evidence in the log)
            "statuses": {},
        }
        self.log = open(os.path.join(args.out, f"client-{args.id}.log"), "a", encoding="utf-8")
        self.acked_fd = os.open(
            os.path.join(args.out, f"acked-{args.id}.csv"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644
        )
        self.deadline = time.time() + args.max_seconds
        self.new_session()

    # --- plumbing ---------------------------------------------------------------------------

    def new_session(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.csrf = None

    def note(self, text):
        self.log.write(f"{time.strftime('%H:%M:%S')} {text}\n")
        self.log.flush()

    def stopping(self):
        return os.path.exists(self.args.stop_file) or time.time() > self.deadline

    def request(self, path, form=None):
        """Returns (status, location, body); raises Transient on connection problems."""
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        req = urllib.request.Request(self.base + path, data=data)
        try:
            with self.opener.open(req, timeout=TIMEOUT) as resp:
                return resp.status, resp.headers.get("Location", ""), resp.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:  # 3xx (not followed), 4xx, 5xx
            body = e.read().decode("utf-8", "replace") if e.fp else ""
            return e.code, e.headers.get("Location", ""), body
        except (urllib.error.URLError, http.client.HTTPException, ConnectionError, socket.timeout, OSError) as e:
            self.stats["conn_errors"] += 1
            reason = getattr(e, "reason", e)
            if not isinstance(reason, ConnectionRefusedError):  # refused: the portal is down, expected
                self.note(f"{req.get_method()} {path}: {type(reason).__name__}: {reason}")
            raise Transient(f"{type(e).__name__}: {e}", connection=True) from e

    # --- steps ------------------------------------------------------------------------------

    def login(self):
        """A fresh session with a CSRF token valid after login; raises Transient while away."""
        self.new_session()
        status, _, page = self.request("/login?lang=en")
        token = CSRF.search(page)
        if status != 200 or not token:
            raise Transient(f"login page answered {status}")
        form = {"email": self.args.email, "password": self.args.password, "remember-me": "true",
                "_csrf": token.group(1)}
        status, location, _ = self.request("/login", form)
        if status != 302 or "/login" in location:
            raise Transient(f"login answered {status} {location}")
        if not self.renew():  # the token changes at login; take the new one from a light page
            raise Transient("no CSRF token on /account after login")

    def renew(self):
        """After a restart the session is gone but the remember-me cookie still logs in: one GET
        gives a new session and its CSRF token. False when that did not work."""
        status, _, page = self.request("/account")
        token = CSRF.search(page)
        if status != 200 or not token:
            return False
        self.csrf = token.group(1)
        return True

    def ensure_login(self):
        renewable = self.jar is not None and len(self.jar) > 0
        while self.csrf is None:
            if self.stopping():
                return False
            try:
                if not (renewable and self.renew()):
                    self.login()
            except Transient as e:
                if not e.connection:  # refused connections are expected while the portal restarts
                    self.note(f"login failed, retrying: {e}")
                time.sleep(PAUSE)
        return True

    def target_id(self):
        while True:
            if not self.ensure_login():
                return None
            try:
                status, _, page = self.request(self.args.article)
            except Transient:
                time.sleep(PAUSE)
                continue
            found = TARGET_ID.search(page)
            if status == 200 and found:
                return int(found.group(1))
            self.note(f"article page answered {status} without a comment form; logging in again")
            self.csrf = None
            time.sleep(PAUSE)

    def acknowledge(self, key, comment_id, attempts, sent_at):
        line = f"{key},{comment_id},{time.time():.3f},{attempts},{sent_at:.3f}\n"
        os.write(self.acked_fd, line.encode())
        os.fsync(self.acked_fd)
        self.stats["acked"] += 1

    def post_one(self, target_id, seq):
        """Posts one new comment; returns when it is acknowledged or abandoned."""
        key = uuid.uuid4().hex
        body = f"fault test c{self.args.id} n{seq} {key}"
        self.stats["keys"] += 1
        attempts = 0
        while True:
            if attempts > 0 and self.stopping():
                self.stats["abandoned"] += 1
                self.note(f"abandoned {key} after {attempts} attempts (stopping)")
                return
            if not self.ensure_login():
                self.stats["abandoned"] += 1
                return
            form = {"targetType": "ARTICLE", "targetId": target_id, "body": body, "key": key,
                    "lang": "en", "_csrf": self.csrf}
            attempts += 1
            self.stats["attempts"] += 1
            if attempts == 2:
                self.stats["retried_keys"] += 1
            if attempts > 1:
                self.stats["resends"] += 1
            self.stats["max_attempts_per_key"] = max(self.stats["max_attempts_per_key"], attempts)
            sent_at = time.time()
            try:
                status, location, page = self.request("/comments", form)
            except Transient:
                time.sleep(PAUSE)
                continue
            self.stats["statuses"][str(status)] = self.stats["statuses"].get(str(status), 0) + 1
            anchor = COMMENT_ANCHOR.search(location)
            if status == 303 and anchor:
                self.acknowledge(key, anchor.group(1), attempts, sent_at)
                return
            if status == 403 or (status in (301, 302, 303) and "/login" in location):
                self.stats["relogins"] += 1  # the session died with the portal
                self.csrf = None
                continue
            if status >= 500:
                self.stats["http_5xx"] += 1
                self.note(f"{status} on attempt {attempts} of {key}: {snippet(page)}")
            elif status == 429:
                time.sleep(1)
            else:
                self.stats["unexpected"] += 1
                self.note(f"unexpected {status} {location} on attempt {attempts} of {key}: {snippet(page)}")
            time.sleep(PAUSE)

    def run(self):
        target_id = self.target_id()
        seq = 0
        while target_id is not None and not self.stopping():
            seq += 1
            self.post_one(target_id, seq)
            if self.args.pause:
                time.sleep(self.args.pause)
        self.finish()

    def finish(self):
        path = os.path.join(self.args.out, f"stats-{self.args.id}.json")
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(self.stats, f)
        os.replace(path + ".tmp", path)
        os.close(self.acked_fd)
        self.log.close()


def snippet(page):
    """The visible start of an error page, for the log (no markup, one line)."""
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(text.split())[:300]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", required=True, help="http://127.0.0.1:<port>")
    p.add_argument("--email", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--article", default="/en/articles/running-and-lower-back-pain")
    p.add_argument("--id", type=int, required=True)
    p.add_argument("--out", required=True, help="directory for acked/stats/log files")
    p.add_argument("--stop-file", required=True, help="stop when this file exists")
    p.add_argument("--max-seconds", type=float, default=3600)
    p.add_argument("--pause", type=float, default=0, help="seconds between two comments (soak: a steady rate)")
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # TERM: write the stats, then exit
    client = Client(p.parse_args())
    try:
        client.run()
    except KeyboardInterrupt:
        client.finish()
        sys.exit(130)


if __name__ == "__main__":
    main()
