"""The cluster test's HTTP side (bench/cluster.sh): one parent, through the load balancer (HAProxy),
logging sessions and reading Today and the journal while the requests alternate between two
instances; one instance stopped (SIGTERM) or killed (SIGKILL) mid-run. Loopback only.

  python3 bench/cluster.py prepare LB STATE            (signs up and logs in through LB)
  python3 bench/cluster.py load LB STATE PHASE PID SIG (writes; SIG to PID after 40 acks)
  python3 bench/cluster.py check LB STATE              (still signed in, every ack found)
  python3 bench/cluster.py restored STATE FILE         (every ack in a restored database)
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
from collections import Counter
from datetime import datetime, timedelta, timezone

from browser import Browser

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
WRITERS = 4
READERS = 1
SIGNAL_AFTER = 40
ACKS_PER_PHASE = 120
PASSWORD = "a bench password"


def load_state(path):
    with open(path) as state_in:
        return json.load(state_in)


def save_state(path, state):
    with open(path, "w") as out:
        json.dump(state, out)


def prepare(lb, path):
    browser = Browser(lb)
    email = browser.sign_up("PARENT")
    status, _, page = browser.request("GET", "/")
    assert status == 200 and "Today" in page, (status, page[:200])
    now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    save_state(path, {"email": email, "cookies": browser.cookies, "acked": [], "phases": [],
                      "base": (now - timedelta(days=200)).strftime("%Y-%m-%dT%H:%M"), "next_slot": 0})
    print(f"prepare: signed up {email} through the balancer (served by {browser.headers.get('x-upstream')})")


def load(lb, path, phase, pid, sig):
    state = load_state(path)
    base = datetime.strptime(state["base"], "%Y-%m-%dT%H:%M")
    lock = threading.Lock()
    served, errors, acked, foreign_ids = Counter(), [], [], []
    slot = [state["next_slot"]]
    signalled = threading.Event()
    done = threading.Event()
    signal_at = [None]

    def count(browser, status, what):
        upstream = browser.headers.get("x-upstream", "none")
        request_id = browser.headers.get("x-request-id", "")
        with lock:
            if status and status < 500 and not UUID.fullmatch(request_id):
                foreign_ids.append(request_id)
            served[upstream.split(",")[-1].strip()] += 1
            if status >= 500 or status == 0:
                errors.append({"what": what, "status": status, "upstream": upstream,
                               "after_signal": signalled.is_set()})

    def writer(n):
        browser = Browser(lb)
        browser.cookies = dict(state["cookies"])
        token = browser.csrf("/journal/new")
        while not done.is_set():
            with lock:
                mine = slot[0]
                slot[0] += 1
            start = (base + timedelta(minutes=30 * mine)).strftime("%Y-%m-%dT%H:%M")
            note = f"cluster-{phase}-{mine}"
            try:
                status, location, _ = browser.request("POST", "/journal", {
                    "_csrf": token, "startedAt": start, "durationMinutes": "20", "method": "DOUBLE_PUMP",
                    "totalVolume": str(10 + mine % 80), "notes": note})
            except (OSError, ConnectionError):
                status, location = 0, None
                browser = Browser(lb)
                browser.cookies = dict(state["cookies"])
            count(browser, status, "POST /journal")
            if status == 302 and "#session-" in (location or ""):
                with lock:
                    acked.append({"id": location.split("#session-")[1], "start": start, "note": note})
                    if len(acked) >= SIGNAL_AFTER and not signalled.is_set():
                        os.kill(pid, sig)
                        signal_at[0] = time.monotonic()
                        signalled.set()
                    if len(acked) >= ACKS_PER_PHASE:
                        done.set()
            elif status == 302:
                raise SystemExit(f"a session was not saved: {location}")

    def reader():
        browser = Browser(lb)
        browser.cookies = dict(state["cookies"])
        k = 0
        while not done.is_set():
            page = "/" if k % 2 == 0 else "/journal"
            k += 1
            try:
                status, location, _ = browser.request("GET", page)
            except (OSError, ConnectionError):
                status, location = 0, None
                browser = Browser(lb)
                browser.cookies = dict(state["cookies"])
            count(browser, status, "GET " + page)
            if status == 302:
                raise SystemExit(f"signed out: GET {page} redirected to {location}")

    started = time.monotonic()
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    threads += [threading.Thread(target=reader) for _ in range(READERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    seconds = time.monotonic() - started
    state["next_slot"] = slot[0]
    state["acked"] += acked
    state["phases"].append({"phase": phase, "served": dict(served), "errors": errors, "acked": len(acked),
                            "seconds": seconds})
    save_state(path, state)
    print(f"{phase}: {sum(served.values())} requests in {seconds:.1f} s, served by "
          + ", ".join(f"{k}: {v}" for k, v in sorted(served.items()))
          + f"; {len(acked)} sessions acknowledged; {len(errors)} errors; {signal.Signals(sig).name} sent after "
          + f"{SIGNAL_AFTER} acknowledgements; every answer carried the balancer's request id")
    for error in errors:
        print("   error:", error)
    if foreign_ids:
        raise SystemExit(f"{phase}: the balancer's request id was not carried through: {foreign_ids[:3]}")
    in_flight = WRITERS + READERS
    if sig == signal.SIGTERM and errors:
        raise SystemExit(f"{phase}: a graceful stop must cost no request, {len(errors)} failed")
    if sig == signal.SIGKILL and (len(errors) > in_flight or any(not e["after_signal"] for e in errors)):
        raise SystemExit(f"{phase}: more errors than the killed instance's requests in flight ({in_flight})")
    if len([k for k in served if k != "none"]) < 2:
        raise SystemExit(f"{phase}: the requests did not alternate between two instances: {dict(served)}")


def check(lb, path):
    state = load_state(path)
    browser = Browser(lb)
    browser.cookies = dict(state["cookies"])
    status, location, _ = browser.request("GET", "/")
    if status != 200:
        raise SystemExit(f"the parent was signed out: GET / answered {status} {location}")
    status, _, text = browser.request("GET", "/journal/export.csv")
    assert status == 200, status
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
    lost = [a for a in state["acked"] if a["id"] not in rows or rows[a["id"]]["notes"] != a["note"]]
    total = Counter()
    for phase in state["phases"]:
        total.update(phase["served"])
    errors = sum(len(phase["errors"]) for phase in state["phases"])
    print(f"check: still signed in; {len(state['acked']) - len(lost)} of {len(state['acked'])} acknowledged "
          f"sessions in the journal; requests served: "
          + ", ".join(f"{k}: {v}" for k, v in sorted(total.items()))
          + f"; errors: {errors} (all from requests in flight on the killed instance)")
    if lost:
        raise SystemExit(f"LOST: {lost[:5]}")


def restored(path, starts_file):
    state = load_state(path)
    with open(starts_file) as rows:
        found = {line.strip() for line in rows if line.strip()}
    missing = [a for a in state["acked"] if a["start"] + "|" + a["note"] not in found]
    print(f"restore: {len(state['acked']) - len(missing)} of {len(state['acked'])} acknowledged sessions "
          f"in the database restored from pg_dump")
    if missing:
        raise SystemExit(f"MISSING after restore: {missing[:5]}")


if __name__ == "__main__":
    step = sys.argv[1]
    if step == "prepare":
        prepare(int(sys.argv[2]), sys.argv[3])
    elif step == "load":
        load(int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]), getattr(signal, sys.argv[6]))
    elif step == "check":
        check(int(sys.argv[2]), sys.argv[3])
    else:
        restored(sys.argv[2], sys.argv[3])
