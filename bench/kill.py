"""The kill test: a burst of writes from 16 connections, the process killed with SIGKILL in
the middle, a restart, and a count. Every write the app acknowledged (its redirect) must be
there afterwards, whole. Loopback only; bounded in count and time.

  python3 bench/kill.py burst PORT PID STATE   (writes, kills PID after KILL_AFTER acks)
  python3 bench/kill.py check PORT STATE       (after the restart: counts, exits 1 on a loss)
"""
import csv
import io
import json
import os
import re
import signal
import sys
import threading
import time
from datetime import datetime, timedelta, timezone

from browser import Browser

CONNECTIONS = 16
KILL_AFTER = int(os.environ.get("KILL_AFTER", "150"))
PER_CONNECTION = 60
PASSWORD = "a bench password"


def log_in(port, email):
    browser = Browser(port)
    status, location, _ = browser.request("POST", "/login", {
        "_csrf": browser.csrf("/login"), "username": email, "password": PASSWORD})
    assert status == 302 and not location.endswith("/login?error"), (status, location)
    return browser


def consultant_of(port, parent):
    """A consultant the parent shares with, the way a parent does it: a code, accepted."""
    consultant = Browser(port)
    consultant.sign_up("CONSULTANT")
    status, location, _ = parent.request("POST", "/sharing/invitations", {"_csrf": parent.csrf("/sharing")})
    assert status == 302, (status, location)
    _, _, page = parent.request("GET", "/sharing")
    code = re.search(r'id="invitation-code">([^<]+)<', page).group(1)
    status, location, _ = consultant.request("POST", "/invitations/" + code,
                                             {"_csrf": consultant.csrf("/invitations/" + code)})
    assert status == 302 and "/clients/" in location, (status, location)
    return consultant, location.rsplit("/clients/", 1)[1]


def burst(port, pid, state_file):
    first = Browser(port)
    email = first.sign_up("PARENT")
    parent = log_in(port, email)
    cookie = parent.cookies
    consultant, client = consultant_of(port, parent)
    now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    acked_sessions, acked_checks, acked_comments, lock = [], [], [], threading.Lock()
    today = now.date().isoformat()
    killed = threading.Event()
    started = time.monotonic()

    def writer(n):
        browser = Browser(port)
        browser.cookies = dict(consultant.cookies if n in (4, 5) else cookie)
        try:
            token = browser.csrf("/clients/" + client + "/journal" if n in (4, 5) else "/journal/new")
            for k in range(PER_CONNECTION):
                if killed.is_set():
                    return
                if n in (4, 5):
                    # The consultant's comments on the parent's day, two connections in 16.
                    body = f"kill-comment-{n}-{k}"
                    status, location, _ = browser.request("POST", f"/clients/{client}/comments", {
                        "_csrf": token, "date": today, "body": body})
                    if status == 302 and "/journal" in (location or ""):
                        with lock:
                            acked_comments.append(body)
                elif n < 4:
                    # Baby checks on distinct days, one connection in four.
                    day = (now - timedelta(days=1 + n * PER_CONNECTION + k)).date().isoformat()
                    wet = str(1 + (n + k) % 12)
                    status, location, _ = browser.request("POST", "/baby", {
                        "_csrf": token, "date": day, "wetDiapers": wet, "supplementVolume": "120"})
                    if status == 302 and location.endswith("/baby"):
                        with lock:
                            acked_checks.append({"date": day, "wet": wet})
                else:
                    start = now - timedelta(minutes=30 * (1 + n * PER_CONNECTION + k))
                    note = f"kill-{n}-{k}"
                    ml = f"{(n * 7 + k) % 90 + 1}.5"
                    status, location, _ = browser.request("POST", "/journal", {
                        "_csrf": token, "startedAt": start.strftime("%Y-%m-%dT%H:%M"), "durationMinutes": "20",
                        "method": "DOUBLE_PUMP", "totalVolume": ml, "notes": note})
                    if status == 302 and "#session-" in (location or ""):
                        with lock:
                            acked_sessions.append({"id": location.split("#session-")[1], "ml": ml, "note": note})
                with lock:
                    if (len(acked_sessions) + len(acked_checks) + len(acked_comments) >= KILL_AFTER
                            and not killed.is_set()):
                        os.kill(pid, signal.SIGKILL)
                        killed.set()
        except (OSError, AttributeError, ConnectionError):
            return  # the server is gone: what was acknowledged before is what counts

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(CONNECTIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    elapsed = time.monotonic() - started
    if not killed.is_set():
        os.kill(pid, signal.SIGKILL)
    with open(state_file, "w") as out:
        json.dump({"email": email, "sessions": acked_sessions, "checks": acked_checks, "comments": acked_comments,
                   "today": today, "seconds": elapsed}, out)
    writes = len(acked_sessions) + len(acked_checks) + len(acked_comments)
    print(f"burst: {CONNECTIONS} connections, {len(acked_sessions)} sessions, {len(acked_checks)} baby checks and "
          f"{len(acked_comments)} comments acknowledged, then SIGKILL; {writes / elapsed:.0f} acknowledged writes/s")


def check(port, state_file):
    with open(state_file) as state_in:
        state = json.load(state_in)
    browser = log_in(port, state["email"])
    status, _, text = browser.request("GET", "/journal/export.csv")
    assert status == 200, status
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
    lost = [s for s in state["sessions"] if s["id"] not in rows]
    torn = [s for s in state["sessions"] if s["id"] in rows
            and (rows[s["id"]]["notes"] != s["note"] or float(rows[s["id"]]["total_ml"]) != float(s["ml"]))]
    lost_checks = []
    for check_acked in state["checks"]:
        _, _, page = browser.request("GET", "/baby?date=" + check_acked["date"])
        wet = re.search(r'id="wetDiapers"[^>]*value="([^"]*)"', page) or re.search(
            r'value="([^"]*)"[^>]*id="wetDiapers"', page)
        if not wet or wet.group(1) != check_acked["wet"]:
            lost_checks.append(check_acked)
    _, _, journal = browser.request("GET", "/journal?until=" + state["today"])
    lost_comments = [body for body in state["comments"] if body + "<" not in journal]
    print(f"after restart: {len(state['sessions']) - len(lost)} of {len(state['sessions'])} acknowledged sessions "
          f"present ({len(torn)} half-written), {len(state['checks']) - len(lost_checks)} of "
          f"{len(state['checks'])} acknowledged baby checks and {len(state['comments']) - len(lost_comments)} of "
          f"{len(state['comments'])} acknowledged comments present; {len(rows)} sessions in the journal")
    if lost or torn or lost_checks or lost_comments:
        print("LOST:", lost[:5], torn[:5], lost_checks[:5], lost_comments[:5])
        sys.exit(1)


if __name__ == "__main__":
    if sys.argv[1] == "burst":
        burst(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    else:
        check(int(sys.argv[2]), sys.argv[3])
