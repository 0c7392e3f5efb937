#!/usr/bin/env python3
"""Measures pages as a share of the same app's static stylesheet, in one wrk run each.

    ratio.py PORT COOKIE NAME=PATH [NAME=PATH ...] [--write]

First every target (the stylesheet and each page) is warmed up: wrk passes of WARMUP seconds
until two passes in a row agree within 10% (the JIT on two cores needs several). Then each page
is measured right after the stylesheet, a pair, so a noisy neighbour moves both; its share is its
requests per second over the stylesheet's. Per page it prints req/s, p50, p99, the bytes of the
page, the SQL statements one request of it costs (read from the app's own metric,
relacta_jdbc_statements_total, with RELACTA_METRICS_TOKEN), and the share.

With --write it also measures POST /journal (a session logged) under the same connections, as a
new parent, and checks that every acknowledged session (a 302) is in the journal afterwards.
Environment: DURATION (seconds, default 10), WARMUP (seconds, 3), CONNECTIONS (16),
RELACTA_METRICS_TOKEN. Loopback only.
"""
import datetime
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

from browser import Browser

PORT = int(sys.argv[1])
COOKIE = sys.argv[2]
ARGS = sys.argv[3:]
WRITE = "--write" in ARGS
PAGES = [arg.split("=", 1) for arg in ARGS if "=" in arg and not arg.startswith("--")]
DURATION = int(os.environ.get("DURATION", "10"))
WARMUP = int(os.environ.get("WARMUP", "3"))
CONNECTIONS = int(os.environ.get("CONNECTIONS", "16"))
TOKEN = os.environ.get("RELACTA_METRICS_TOKEN", "")
BASE = f"http://127.0.0.1:{PORT}"
MAX_WARMUP_PASSES = 12

WRITE_SCRIPT = r"""
-- Each request logs a one-minute session in its own two-minute slot: thread t of n takes
-- slots t, t + n, t + 2n, ... from the slot given, so no two sessions ever overlap.
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  base = tonumber(args[1]); first = tonumber(args[2]); count = tonumber(args[3])
  csrf = args[4]; cookie = args[5]; n = 0; saved = 0; failed = 0; ids = ""; out = args[6]
end
function request()
  local slot = first + id + n * count
  n = n + 1
  local at = os.date("!%Y-%m-%dT%H:%M", base + slot * 120)
  local body = "_csrf=" .. csrf .. "&startedAt=" .. at ..
      "&durationMinutes=1&method=DOUBLE_PUMP&totalVolume=12&handExpression=true"
  return wrk.format("POST", "/journal",
      {["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie}, body)
end
function response(status, headers, body)
  local location = headers["Location"] or headers["location"]
  local id = location and location:match("/journal%?until=[^#]*#session%-(%d+)")
  if status == 302 and id then
    saved = saved + 1
    ids = ids .. id .. "\n"
  else
    failed = failed + 1
    if failed == 1 then io.stderr:write("first failure: " .. status .. "\n") end
  end
end
function done(summary, latency, requests)
  local s, f, sent = 0, 0, 0
  local file = io.open(threads[1]:get("out"), "a")
  for _, thread in ipairs(threads) do
    s = s + thread:get("saved"); f = f + thread:get("failed"); sent = sent + thread:get("n")
    file:write(thread:get("ids"))
  end
  file:close()
  io.write(string.format("WRITE saved=%d failed=%d sent=%d\n", s, f, sent))
end
"""


def wrk(path, seconds, cookie=COOKIE, script=None, script_args=()):
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}"]
    if script:
        command += ["-s", script]
    command.append(BASE + path)
    if script_args:
        command += ["--", *script_args]
    run = subprocess.run(command, capture_output=True, text=True, check=True)
    out = run.stdout
    if run.stderr.strip():
        print("   wrk: " + run.stderr.strip().replace("\n", "; "), flush=True)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    write = re.search(r"WRITE saved=(\d+) failed=(\d+) sent=(\d+)", out)
    return {"rps": rps, "p50": p50, "p99": p99, "non2xx": int(bad.group(1)) if bad else 0,
            "socket": errors.group(1) if errors else "", "write": write.groups() if write else None}


def warm(name, one_pass):
    """Runs one_pass (which answers req/s) until two passes in a row agree within 10%."""
    previous = None
    for n in range(1, MAX_WARMUP_PASSES + 1):
        rps = one_pass()
        if previous and abs(rps - previous) <= 0.10 * max(rps, previous):
            print(f"   warm: {name} after {n} passes ({previous:.0f}, {rps:.0f} req/s)", flush=True)
            return
        previous = rps
    print(f"   warm: {name} did not settle in {MAX_WARMUP_PASSES} passes (last {previous:.0f} req/s)",
          flush=True)


def fetch(path, cookie=COOKIE, headers=None):
    request = urllib.request.Request(BASE + path, headers={"Cookie": cookie, **(headers or {})})
    with urllib.request.urlopen(request) as response:
        return response.read()


def statements_now():
    if not TOKEN:
        return None
    text = fetch("/actuator/prometheus", headers={"Authorization": f"Bearer {TOKEN}"}).decode()
    return float(re.search(r"^relacta_jdbc_statements_total\S* ([\d.eE+]+)", text, re.M).group(1))


def statements_of(path):
    """The SQL statements one request of the page costs, alone, counted twice to be sure."""
    counts = []
    for _ in range(2):
        before = statements_now()
        if before is None:
            return "?"
        fetch(path)
        counts.append(int(statements_now() - before))
    return str(min(counts))


def stylesheet():
    page = fetch("/login").decode()
    return re.search(r'href="(/[^"]*relacta[^"]*\.css)"', page).group(1)


def main():
    css = stylesheet()
    targets = [("static CSS", css)] + PAGES
    print(f"== Warm-up ({WARMUP} s passes until two agree within 10%)", flush=True)
    for name, path in targets:
        warm(name, lambda: wrk(path, WARMUP)["rps"])
    rows = []
    print(f"== Measured: each page right after the stylesheet, {DURATION} s each, "
          f"{CONNECTIONS} connections", flush=True)
    for name, path in PAGES:
        static = wrk(css, DURATION)
        page = wrk(path, DURATION)
        size = len(fetch(path))
        rows.append((name, path, static, page, size, statements_of(path)))
        print(f"   {name}: {page['rps']:.0f} req/s against {static['rps']:.0f} "
              f"(share {page['rps'] / static['rps']:.2f})", flush=True)
    write_row = measure_write(css) if WRITE else None
    print()
    print("| page | req/s | p50 | p99 | bytes | SQL statements | static CSS req/s | share of static |")
    print("|---|---|---|---|---|---|---|---|")
    for name, path, static, page, size, statements in rows:
        flag = "" if page["non2xx"] == 0 and not page["socket"] else f" ({page['non2xx']} non-2xx {page['socket']})"
        print(f"| {name} | {page['rps']:.0f}{flag} | {page['p50']} | {page['p99']} | {size:,} | {statements} "
              f"| {static['rps']:.0f} | {page['rps'] / static['rps']:.2f} |")
    if write_row:
        print(write_row)


def measure_write(css):
    """POST /journal as a new parent: warm-up passes, then a measured pair; every 302 must be a
    session in the journal afterwards."""
    browser = Browser(PORT)
    browser.sign_up("PARENT")
    token = urllib.parse.quote(browser.csrf("/journal/new"), safe="")
    # The session and the CSRF token's cookie.
    cookie = "; ".join(f"{name}={value}" for name, value in browser.cookies.items())
    base = int((datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=360)).timestamp())
    base -= base % 120
    next_slot = [0]
    acknowledged = [0]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRITE_SCRIPT)
    ids_file = script.name + ".ids"

    def run(seconds):
        result = wrk("/journal", seconds, cookie=cookie, script=script.name,
                     script_args=(str(base), str(next_slot[0]), str(2), token, cookie, ids_file))
        saved, failed, sent = (int(x) for x in result["write"])
        # wrk's two threads each take every other slot; leave room for all they sent.
        next_slot[0] += 2 * sent + 2
        acknowledged[0] += saved
        result["saved"], result["failed"] = saved, failed
        return result

    warm("POST /journal", lambda: run(WARMUP)["rps"])
    static = wrk(css, DURATION)
    page = run(DURATION)
    journal = fetch("/journal/export.csv", cookie=cookie).decode().strip().splitlines()[1:]
    stored = {line.split(",", 1)[0] for line in journal}
    with open(ids_file) as ids:
        told = [line.strip() for line in ids if line.strip()]
    lost = [id for id in told if id not in stored]
    # Sessions wrk sent but stopped waiting for at the end of a pass are stored without
    # being counted as acknowledged; none acknowledged may be missing.
    print(f"   POST /journal: {page['rps']:.0f} req/s, {page['failed']} failed; {len(told)} sessions "
          f"acknowledged in all passes, {len(told) - len(lost)} of them in the journal "
          f"({len(stored)} stored)", flush=True)
    if lost or page["failed"] or len(told) != acknowledged[0]:
        print("WRITE CHECK FAILED", flush=True)
    return (f"| POST /journal (a session logged) | {page['rps']:.0f} ({page['failed']} failed) | {page['p50']} "
            f"| {page['p99']} | | | {static['rps']:.0f} | {page['rps'] / static['rps']:.2f} |")


main()
