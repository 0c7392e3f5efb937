#!/usr/bin/env python3
"""Creates a bench parent with DAYS days of sessions (12 a day: a year is 4,380, three years
13,140) through the app's own form, four posts at a time, and prints the session cookie for wrk.
Loopback only: the app under test is local."""
import concurrent.futures
import datetime
import sys

from browser import Browser

PORT = int(sys.argv[1])
DAYS = int(sys.argv[2]) if len(sys.argv) > 2 else 365
PER_DAY = 12
WORKERS = 4

first = Browser(PORT)
first.sign_up("PARENT")
token = first.csrf("/journal/new")
now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0, tzinfo=None)
start = now - datetime.timedelta(days=DAYS) + datetime.timedelta(hours=1)


def post(worker):
    browser = Browser(PORT)
    browser.cookies = dict(first.cookies)
    for i in range(worker, DAYS * PER_DAY, WORKERS):
        at = start + datetime.timedelta(hours=2 * i)
        status, location, text = browser.request("POST", "/journal", {
            "_csrf": token, "startedAt": at.strftime("%Y-%m-%dT%H:%M"), "durationMinutes": "20",
            "method": "DOUBLE_PUMP", "totalVolume": str(5 + i % 40), "handExpression": "true",
            "powerPump": "true" if i % PER_DAY == 9 else "false",
            "notes": "bench note" if i % PER_DAY == 0 else ""})
        assert status == 302, (i, status, text[:300])


with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
    for done in [pool.submit(post, worker) for worker in range(WORKERS)]:
        done.result()
print(first.session_cookie())
