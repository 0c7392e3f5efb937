#!/usr/bin/env python3
"""Creates a bench parent with a year of sessions (12 a day, 4,380 in all) through the app's own
HTTP API, and prints the session cookie for wrk. Loopback only: the app under test is local."""
import datetime
import http.client
import re
import sys
import urllib.parse
import uuid

PORT = int(sys.argv[1])
DAYS = int(sys.argv[2]) if len(sys.argv) > 2 else 365
PER_DAY = 12

conn = http.client.HTTPConnection("127.0.0.1", PORT)
cookies = {}


def request(method, path, form=None):
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    text = response.read().decode()
    for header, value in response.getheaders():
        if header.lower() == "set-cookie":
            name, rest = value.split("=", 1)
            cookies[name] = rest.split(";", 1)[0]
    return response.status, response.getheader("Location"), text


def csrf(path):
    _, _, text = request("GET", path)
    return re.search(r'name="_csrf" value="([^"]+)"', text).group(1)


token = csrf("/signup")
status, location, _ = request("POST", "/signup", {
    "_csrf": token, "email": f"bench-{uuid.uuid4()}@example.com", "password": "a bench password",
    "displayName": "Bench", "timeZone": "UTC", "unit": "ML"})
assert status == 302 and location.endswith("/journal"), (status, location)
token = csrf("/journal/new")
now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0, tzinfo=None)
start = now - datetime.timedelta(days=DAYS) + datetime.timedelta(hours=1)
for i in range(DAYS * PER_DAY):
    at = start + datetime.timedelta(hours=2 * i)
    status, location, text = request("POST", "/journal", {
        "_csrf": token, "startedAt": at.strftime("%Y-%m-%dT%H:%M"), "durationMinutes": "20",
        "method": "DOUBLE_PUMP", "totalVolume": str(5 + i % 40), "handExpression": "true",
        "powerPump": "true" if i % PER_DAY == 9 else "false", "notes": "bench note" if i % PER_DAY == 0 else ""})
    assert status == 302, (i, status, text[:300])
print(f"JSESSIONID={cookies['JSESSIONID']}")
