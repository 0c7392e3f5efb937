#!/usr/bin/env python3
"""Signs up one account through the app's own form (a consultant by default) and prints its
session cookie and email, for wrk. Loopback only: the app under test is local.
    python3 bench/signup.py PORT [PARENT|CONSULTANT]"""
import http.client
import re
import sys
import urllib.parse
import uuid

PORT = int(sys.argv[1])
ROLE = sys.argv[2] if len(sys.argv) > 2 else "CONSULTANT"
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


_, _, page = request("GET", "/signup")
token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
email = f"bench-{ROLE.lower()}-{uuid.uuid4()}@example.com"
status, location, _ = request("POST", "/signup", {
    "_csrf": token, "email": email, "password": "a bench password", "displayName": "Bench " + ROLE.lower(),
    "timeZone": "UTC", "unit": "ML", "role": ROLE, "credential": "IBCLC"})
assert status == 302, (status, location)
print(f"JSESSIONID={cookies['JSESSIONID']} {email}")
