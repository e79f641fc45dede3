#!/usr/bin/env python3
"""Steady intake load for the mail batteries: POST /api/v1/requests at RATE per second for SECONDS, a few
concurrent clients; prints one line "sent ok p50_ms p99_ms max_ms" and appends the references to REFS."""
import json, sys, threading, time, urllib.request, urllib.error

url, rate, seconds, tag, refs = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
lat, ok, sent, lock = [], [0], [0], threading.Lock()
out = open(refs, "a")

def submit(n):
    body = json.dumps({"name": f"Load {tag}-{n}", "email": f"load-{tag}-{n}@example.org", "organisation": "Acme",
                       "right": "ERASURE", "description": f"x {tag}", "language": "nl"}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    t = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            code, text = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        code, text = e.code, ""
    except Exception:
        code, text = 0, ""
    ms = (time.monotonic() - t) * 1000
    with lock:
        lat.append(ms)
        if code == 201:
            ok[0] += 1
            out.write(json.loads(text).get("reference", "?") + "\n")

start, n, threads = time.monotonic(), 0, []
while time.monotonic() - start < seconds:
    n += 1
    th = threading.Thread(target=submit, args=(n,)); th.start(); threads.append(th)
    time.sleep(max(0.0, start + n / rate - time.monotonic()))
for th in threads:
    th.join()
out.close()
lat.sort()
p = lambda q: int(lat[min(len(lat) - 1, int((len(lat) - 1) * q))]) if lat else -1
print(n, ok[0], p(0.5), p(0.99), int(lat[-1]) if lat else -1)
