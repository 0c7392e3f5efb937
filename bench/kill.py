"""The kill test: a burst of writes from 16 browser connections, 4 API connections and one
importing tracker files, the process killed with SIGKILL in the middle, a restart, and a
count. Every write the app acknowledged (a form's redirect, the API's 201, an import's
"saved") must be there afterwards, whole. Loopback only; bounded in count and time.

  python3 bench/kill.py burst PORT PID STATE   (writes, kills PID after KILL_AFTER acks)
  python3 bench/kill.py check PORT STATE       (after the restart: counts, exits 1 on a loss)
"""
import base64
import csv
import http.client
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
API_CONNECTIONS = 4
IMPORT_ROWS = 10
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


def api(port, method, path, authorization, body=None, content_type="application/json"):
    """One API request on a connection of its own: (status, parsed JSON or text)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": authorization}
    if body is not None:
        headers["Content-Type"] = content_type
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    text = response.read().decode()
    conn.close()
    try:
        return response.status, json.loads(text)
    except ValueError:
        return response.status, text


def api_token(port, email):
    basic = base64.b64encode(f"{email}:{PASSWORD}".encode()).decode()
    status, answer = api(port, "POST", "/api/v1/tokens", "Basic " + basic)
    assert status == 201, (status, answer)
    return answer["token"]


def all_sessions(port, token):
    """Every session of the token's parent, through the API's pages."""
    found, offset = [], 0
    while True:
        status, page = api(port, "GET", f"/api/v1/sessions?limit=500&offset={offset}", "Bearer " + token)
        assert status == 200, (status, page)
        found += page["results"]
        if not page["next"]:
            return found
        offset += 500


def burst(port, pid, state_file):
    first = Browser(port)
    email = first.sign_up("PARENT")
    parent = log_in(port, email)
    cookie = parent.cookies
    consultant, client = consultant_of(port, parent)
    now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    acked_sessions, acked_checks, acked_comments, lock = [], [], [], threading.Lock()
    # A second parent logging by the API, a third importing files from another tracker.
    api_email = Browser(port).sign_up("PARENT")
    api_bearer = api_token(port, api_email)
    import_email = Browser(port).sign_up("PARENT")
    import_bearer = api_token(port, import_email)
    acked_api, acked_imports = [], []
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
                count_and_maybe_kill()
        except (OSError, AttributeError, ConnectionError):
            return  # the server is gone: what was acknowledged before is what counts

    def count_and_maybe_kill():
        with lock:
            acked = (len(acked_sessions) + len(acked_checks) + len(acked_comments) + len(acked_api)
                     + len(acked_imports) * IMPORT_ROWS)
            if acked >= KILL_AFTER and not killed.is_set():
                os.kill(pid, signal.SIGKILL)
                killed.set()

    def api_writer(n):
        try:
            for k in range(PER_CONNECTION):
                if killed.is_set():
                    return
                start = now - timedelta(minutes=30 * (1 + n * PER_CONNECTION + k))
                note = f"kill-api-{n}-{k}"
                ml = f"{(n * 5 + k) % 90 + 1}.5"
                status, answer = api(port, "POST", "/api/v1/sessions", "Bearer " + api_bearer, json.dumps({
                    "start": start.strftime("%Y-%m-%dT%H:%M:%SZ").replace("Z", "+00:00"), "durationMinutes": 20,
                    "method": "DOUBLE_PUMP", "totalMl": float(ml), "notes": note}))
                if status == 201:
                    with lock:
                        acked_api.append({"id": str(answer["id"]), "ml": ml, "note": note})
                count_and_maybe_kill()
        except (OSError, ConnectionError, http.client.HTTPException):
            return

    def importer():
        try:
            for k in range(PER_CONNECTION):
                if killed.is_set():
                    return
                rows = ["id,child_id,child_first_name,child_last_name,amount,start,end,notes,tags"]
                notes = []
                for j in range(IMPORT_ROWS):
                    start = now - timedelta(minutes=40 * (1 + k * IMPORT_ROWS + j))
                    end = start + timedelta(minutes=20)
                    note = f"kill-import-{k}-{j}"
                    notes.append(note)
                    rows.append(f"{j},1,Mia,H,25.5,{start:%Y-%m-%d %H:%M:%S},{end:%Y-%m-%d %H:%M:%S},{note},")
                status, answer = api(port, "POST", "/api/v1/imports?dryRun=false&zone=UTC&unit=ML",
                                     "Bearer " + import_bearer, "\n".join(rows) + "\n", "text/csv")
                if status == 200 and answer.get("saved") and answer.get("sessions") == IMPORT_ROWS:
                    with lock:
                        acked_imports.append(notes)
                count_and_maybe_kill()
        except (OSError, ConnectionError, http.client.HTTPException):
            return

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(CONNECTIONS)]
    threads += [threading.Thread(target=api_writer, args=(n,)) for n in range(API_CONNECTIONS)]
    threads.append(threading.Thread(target=importer))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    elapsed = time.monotonic() - started
    if not killed.is_set():
        os.kill(pid, signal.SIGKILL)
    with open(state_file, "w") as out:
        json.dump({"email": email, "sessions": acked_sessions, "checks": acked_checks, "comments": acked_comments,
                   "api_token": api_bearer, "api_sessions": acked_api, "import_token": import_bearer,
                   "imports": acked_imports, "today": today, "seconds": elapsed}, out)
    writes = len(acked_sessions) + len(acked_checks) + len(acked_comments) + len(acked_api) + len(acked_imports)
    print(f"burst: {CONNECTIONS} browser connections, {API_CONNECTIONS} API connections and an importer; "
          f"{len(acked_sessions)} sessions, {len(acked_checks)} baby checks, {len(acked_comments)} comments, "
          f"{len(acked_api)} API sessions and {len(acked_imports)} imports of {IMPORT_ROWS} sessions acknowledged, "
          f"then SIGKILL; {writes / elapsed:.0f} acknowledged writes/s")


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
    by_api = {str(row["id"]): row for row in all_sessions(port, state["api_token"])}
    lost_api = [s for s in state["api_sessions"] if s["id"] not in by_api
                or by_api[s["id"]]["notes"] != s["note"] or float(by_api[s["id"]]["totalMl"]) != float(s["ml"])]
    imported = {row["notes"] for row in all_sessions(port, state["import_token"])}
    lost_imports = [notes for notes in state["imports"] if any(note not in imported for note in notes)]
    print(f"after restart: {len(state['api_sessions']) - len(lost_api)} of {len(state['api_sessions'])} "
          f"acknowledged API sessions present and whole, {len(state['imports']) - len(lost_imports)} of "
          f"{len(state['imports'])} acknowledged imports present in full; {len(imported)} imported sessions kept")
    if lost or torn or lost_checks or lost_comments or lost_api or lost_imports:
        print("LOST:", lost[:5], torn[:5], lost_checks[:5], lost_comments[:5], lost_api[:5], lost_imports[:2])
        sys.exit(1)


if __name__ == "__main__":
    if sys.argv[1] == "burst":
        burst(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    else:
        check(int(sys.argv[2]), sys.argv[3])
