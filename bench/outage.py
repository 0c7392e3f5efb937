"""The outage test's HTTP side: a signed-in parent, then the database stopped by the
caller between 'before' and 'during', then started again before 'after'. Loopback only.

  python3 bench/outage.py before PORT STATE   (signs up; the cookies go to STATE)
  python3 bench/outage.py during PORT STATE   (every page 503 within 3 s, health DOWN)
  python3 bench/outage.py after PORT STATE    (the same pages work again, no restart)
"""
import http.client
import json
import sys
import time

from browser import Browser

PAGES = ["/", "/journal", "/progress", "/plan", "/baby"]


def health(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/actuator/health")
    response = conn.getresponse()
    return response.status, response.read().decode()


def main():
    step, port, state_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    browser = Browser(port)
    if step == "before":
        browser.sign_up("PARENT")
        with open(state_file, "w") as out:
            json.dump(browser.cookies, out)
        print("before: signed in, health", health(port)[0])
        return
    with open(state_file) as state_in:
        browser.cookies = json.load(state_in)
    failures = []
    for path in PAGES:
        started = time.monotonic()
        status, _, body = browser.request("GET", path)
        seconds = time.monotonic() - started
        if step == "during":
            ok = status == 503 and "reach your data right now" in body and seconds < 3
        else:
            ok = status == 200
        print(f"{step}: GET {path} -> {status} in {seconds:.2f} s")
        if not ok:
            failures.append(path)
    status, body = health(port)
    print(f"{step}: /actuator/health -> {status} {body}")
    if (step == "during") != (status == 503 and "DOWN" in body):
        failures.append("/actuator/health")
    if failures:
        print("FAILED:", failures)
        sys.exit(1)


if __name__ == "__main__":
    main()
