#!/usr/bin/env python3
"""Logs members in through the login form and prints one line per session for post.lua:
"<Cookie header value> <CSRF token>" (Python 3 standard library only).

Members are member<N>@bench.example from the generated corpus, or the accounts named with --emails
(they share the bench admin's password).
"""

import argparse
import concurrent.futures
import http.cookiejar
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def fetch(opener, url, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    try:
        with opener.open(urllib.request.Request(url, data=data), timeout=60) as r:
            return r.status, r.headers.get("Location", ""), r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location", ""), e.read().decode("utf-8", "replace") if e.fp else ""


def login(base, email, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    status, _, page = fetch(opener, base + "/login?lang=en")
    token = CSRF.search(page)
    if status != 200 or not token:
        raise RuntimeError(f"login page answered {status}")
    status, location, _ = fetch(opener, base + "/login", {"email": email, "password": password, "_csrf": token.group(1)})
    if status != 302 or "/login" in location:
        raise RuntimeError(f"login of {email} answered {status} {location}")
    status, _, page = fetch(opener, base + "/account")
    token = CSRF.search(page)
    if status != 200 or not token:
        raise RuntimeError(f"/account answered {status} without a CSRF token")
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    return f"{cookie} {token.group(1)}"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", required=True)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--members", type=int, help="member1..N@bench.example")
    who.add_argument("--emails", nargs="+", help="these accounts (e.g. the companion benchmark's)")
    p.add_argument("--password", required=True)
    a = p.parse_args()
    emails = a.emails or [f"member{i}@bench.example" for i in range(1, a.members + 1)]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        for line in pool.map(lambda e: login(a.base.rstrip("/"), e, a.password), emails):
            print(line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
