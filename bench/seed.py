#!/usr/bin/env python3
"""Creates a bench parent with a year of sessions (12 a day, 4,380 in all) through the app's own
HTTP API, and prints the session cookie for wrk. Loopback only: the app under test is local."""
import datetime
import sys

from browser import Browser

PORT = int(sys.argv[1])
DAYS = int(sys.argv[2]) if len(sys.argv) > 2 else 365
PER_DAY = 12

browser = Browser(PORT)
browser.sign_up("PARENT")
token = browser.csrf("/journal/new")
now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0, tzinfo=None)
start = now - datetime.timedelta(days=DAYS) + datetime.timedelta(hours=1)
for i in range(DAYS * PER_DAY):
    at = start + datetime.timedelta(hours=2 * i)
    status, location, text = browser.request("POST", "/journal", {
        "_csrf": token, "startedAt": at.strftime("%Y-%m-%dT%H:%M"), "durationMinutes": "20",
        "method": "DOUBLE_PUMP", "totalVolume": str(5 + i % 40), "handExpression": "true",
        "powerPump": "true" if i % PER_DAY == 9 else "false", "notes": "bench note" if i % PER_DAY == 0 else ""})
    assert status == 302, (i, status, text[:300])
print(browser.session_cookie())
