#!/usr/bin/env python3
"""The three-node test's checks over HTTP (Python 3 standard library only); run by cluster.sh.

Each subcommand prints PASS/FAIL lines (and figures) and exits non-zero on a failure:
  session  a login on node 1 holds on node 2; a logout on node 3 ends it on node 1
  cache    a comment posted through node 2 shows on node 3's stored (cached) page within --within s
  limit    the login limit of one account holds across the nodes (--capacity tries, then 429 on each)
  search   a word an admin publishes through one node is found by a search on every node within --within s
"""

import argparse
import concurrent.futures
import html.parser
import http.cookiejar
import random
import string
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"')
TARGET_ID = re.compile(r'name="targetId"\s+value="(\d+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Browser:
    """One cookie jar (cookies are per host, so one browser talks to every node of 127.0.0.1)."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.csrf = None

    def request(self, url, form=None):
        if form is not None and self.csrf and "_csrf" not in form:
            form = dict(form, _csrf=self.csrf)
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self.opener.open(urllib.request.Request(url, data=data), timeout=15) as resp:
                status, location, body = resp.status, resp.headers.get("Location", ""), resp.read()
        except urllib.error.HTTPError as e:
            status, location, body = e.code, e.headers.get("Location", ""), e.read() if e.fp else b""
        body = body.decode("utf-8", "replace")
        token = CSRF.search(body)
        if token:
            self.csrf = token.group(1)
        return status, location, body

    def login(self, base, email, password):
        self.request(base + "/login?lang=en")
        status, location, _ = self.request(base + "/login", {"email": email, "password": password})
        return status, location


class Forms(html.parser.HTMLParser):
    """The fields of every POST form of a page, keyed by the form's action path (as a browser would send them)."""

    def __init__(self, page):
        super().__init__()
        self.forms, self.fields, self.select, self.textarea = [], None, None, None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method", "get").lower() == "post":
            self.fields = []
            self.forms.append((urllib.parse.urlparse(a.get("action", "")).path, self.fields))
        elif self.fields is None:
            return
        elif tag == "input" and a.get("name") and a.get("type", "text") not in ("submit", "button", "file"):
            if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                self.fields.append([a["name"], a.get("value", "on" if a.get("type") == "checkbox" else "")])
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.fields.append(self.textarea)
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], None]
            self.fields.append(self.select)
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a:
                self.select[1] = a.get("value", "")

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None
        elif tag == "form":
            self.fields = None

    def form(self, path):
        return next(dict(fields) for action, fields in self.forms if action == path)


failures = 0


def verdict(ok, text):
    global failures
    print(("PASS " if ok else "FAIL ") + text, flush=True)
    if not ok:
        failures += 1


def session(args):
    one, two, three = args.nodes
    browser = Browser()
    status, location = browser.login(one, args.email, args.password)
    verdict(status == 302 and "/login" not in location, f"session: login on node 1 ({status} {location})")
    status, _, page = browser.request(two + "/account?lang=en")
    verdict(status == 200 and "Logged in as " + args.email in page,
            f"session: the next request, on node 2, is still logged in ({status})")
    browser.request(three + "/account?lang=en")  # node 3's page gives the CSRF token for the logout
    status, _, _ = browser.request(three + "/logout", {})
    verdict(status == 302, f"session: logout on node 3 ({status})")
    status, location, _ = browser.request(one + "/account?lang=en")
    verdict(status == 302 and "/login" in location, f"session: node 1 no longer knows the session ({status})")


def cache(args):
    """Logs in once (the login limit of the account), then posts --repeat comments, each timed."""
    writer, reader = args.writer, args.reader
    browser = Browser()
    browser.login(writer, args.email, args.password)
    times = []
    for _ in range(args.repeat):
        anonymous = Browser()
        before = [anonymous.request(reader + args.article)[0] for _ in range(2)]  # rendered, then stored
        status, _, page = browser.request(writer + args.article)
        target = TARGET_ID.search(page)
        if status != 200 or not target:
            verdict(False, f"cache: the article on node 2 has no comment form ({status})")
            return
        marker = "cluster check " + uuid.uuid4().hex
        form = {"targetType": "ARTICLE", "targetId": target.group(1), "body": marker, "key": uuid.uuid4().hex,
                "lang": "en"}
        status, location, _ = browser.request(writer + "/comments", form)
        posted = time.monotonic()
        verdict(status == 303 and "#comment-" in location, f"cache: comment posted through node 2 ({status})")
        seen = None
        while time.monotonic() - posted < args.within + 5:
            if marker in anonymous.request(reader + args.article)[2]:
                seen = time.monotonic() - posted
                break
            time.sleep(0.01)
        shown = "not within %.0f s" % (args.within + 5) if seen is None else "%.3f s" % seen
        verdict(before == [200, 200] and seen is not None and seen <= args.within,
                f"cache: node 3's cached page shows the comment after {shown} (limit {args.within} s)")
        times.append(seen if seen is not None else float("inf"))
    times.sort()
    print(f"figure cache_invalidation_median_seconds {times[len(times) // 2]:.3f}")
    print(f"figure cache_invalidation_max_seconds {times[-1]:.3f}")


def limit(args):
    email = f"limit-{uuid.uuid4().hex[:8]}@cluster.example"
    answers = []
    for attempt in range(args.capacity):
        status, _ = Browser().login(args.balancer, email, f"wrong password {attempt}")
        answers.append(status)
    verdict(all(s == 302 for s in answers),
            f"limit: {args.capacity} failed logins through the balancer are answered ({answers.count(302)} x 302)")
    for number, node in enumerate(args.nodes, 1):
        status, _ = Browser().login(node, email, "wrong password again")
        verdict(status == 429, f"limit: the next login on node {number} gets 429 ({status})")


def search(args):
    """An admin adds a new word to a published exercise through node 1 (save, then publish the draft);
    each node's search finds it within --within s of the publication."""
    writer = args.nodes[0]
    browser = Browser()
    browser.login(writer, args.email, args.password)
    _, _, listing = browser.request(writer + "/admin/exercises?status=PUBLISHED&lang=en")
    path = re.search(r'href="(/admin/exercises/\d+)', listing)
    if not path:
        verdict(False, f"{args.label}: no published exercise in the back office of node 1")
        return
    path = path.group(1)
    _, _, page = browser.request(writer + path + "?lang=en")
    form = Forms(page).form(path)
    word = "kluster" + "".join(random.choice(string.ascii_lowercase) for _ in range(8))
    form["goal"] = form.get("goal", "") + " " + word
    status, _, _ = browser.request(writer + path + "?lang=en", form)
    verdict(status in (302, 303), f"{args.label}: the new word is saved through node 1 ({status})")
    _, _, page = browser.request(writer + path + "?lang=en")
    publish = Forms(page).form(path + "/workflow")  # the first workflow form; the admin's is PUBLISH
    publish["action"] = "PUBLISH"
    status, location, _ = browser.request(writer + path + "/workflow?lang=en", publish)
    published = time.monotonic()
    label = args.label
    verdict(status in (302, 303) and "PUBLISH" in location, f"{label}: the change is published through node 1 ({status})")
    lang = form.get("language", "EN").lower()
    wanted = f"/{lang}/exercises/{form['slug']}"

    def first_sight(node):  # polls one node until its search links the exercise; seconds or None
        while time.monotonic() - published < args.within + 10:
            if wanted in Browser().request(f"{node}/{lang}/search?q={word}")[2]:
                return time.monotonic() - published
            time.sleep(0.05)
        return None

    with concurrent.futures.ThreadPoolExecutor(3) as pool:  # each node on its own, so one slow answer does not delay the others
        seen = list(pool.map(first_sight, args.nodes))
    found = {number: t for number, t in enumerate(seen, 1) if t is not None}
    for number in (1, 2, 3):
        shown = "%.3f s" % found[number] if number in found else "not within %.0f s" % (args.within + 10)
        verdict(number in found and found[number] <= args.within,
                f"{label}: node {number} finds the new word after {shown} (limit {args.within} s)")
    if found:
        print(f"figure {label.replace(' ', '_')}_visible_max_seconds {max(found.values()):.3f}")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="check", required=True)
    p = sub.add_parser("session")
    p.add_argument("--nodes", nargs=3, required=True)
    p.add_argument("--email", required=True)
    p.add_argument("--password", required=True)
    p = sub.add_parser("cache")
    p.add_argument("--writer", required=True)
    p.add_argument("--reader", required=True)
    p.add_argument("--email", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--article", default="/en/articles/running-and-lower-back-pain")
    p.add_argument("--within", type=float, default=1.0)
    p.add_argument("--repeat", type=int, default=1)
    p = sub.add_parser("limit")
    p.add_argument("--balancer", required=True)
    p.add_argument("--nodes", nargs=3, required=True)
    p.add_argument("--capacity", type=int, default=10)
    p = sub.add_parser("search")
    p.add_argument("--nodes", nargs=3, required=True)
    p.add_argument("--email", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--within", type=float, default=2.0)
    p.add_argument("--label", default="search")
    args = parser.parse_args()
    {"session": session, "cache": cache, "limit": limit, "search": search}[args.check](args)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
