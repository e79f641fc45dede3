#!/usr/bin/env python3
"""Steady-rate load for the batteries: POST /api/v1/requests (each with its own e-mail address) and, with
--pages, GETs of the public form, from CONC threads for DURATION seconds at RATE submissions/s in total.
Writes one line per answer to OUT: <epoch> <api|page> <status> <content-type> <reference|-> <email> <trace 0|1>
(trace 1: the body looks like a stack trace). Prints nothing; the calling script summarises OUT."""
import argparse, http.client, json, threading, time, uuid

ap = argparse.ArgumentParser()
ap.add_argument("--port", type=int, required=True)
ap.add_argument("--rate", type=float, default=20)
ap.add_argument("--duration", type=float, default=30)
ap.add_argument("--conc", type=int, default=4)
ap.add_argument("--pages", type=int, default=0, help="also GET / every Nth tick (0: never)")
ap.add_argument("--out", required=True)
ap.add_argument("--tag", default=uuid.uuid4().hex[:8])
a = ap.parse_args()

out = open(a.out, "a", buffering=1)
lock = threading.Lock()
TRACE = ("\tat ", "Exception:", ".java:", "Caused by")
start = time.time()
interval = a.conc / a.rate


def looks_like_trace(body):
    return any(t in body for t in TRACE)


def worker(n):
    conn, i = None, 0
    next_at = start + n * interval / a.conc
    while True:
        now = time.time()
        if now - start >= a.duration:
            return
        if next_at > now:
            time.sleep(next_at - now)
        next_at += interval
        i += 1
        page = a.pages and i % a.pages == 0
        email = "bat-%s-%d-%d@example.org" % (a.tag, n, i)
        sent = time.time()
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", a.port, timeout=15)
            if page:
                conn.request("GET", "/", headers={"Accept-Language": "en"})
            else:
                body = json.dumps({"name": "Battery %d %d" % (n, i), "email": email, "organisation": "Acme Retail",
                                   "right": "ERASURE", "description": "Please delete my account.", "language": "en"})
                conn.request("POST", "/api/v1/requests", body=body, headers={"Content-Type": "application/json"})
            r = conn.getresponse()
            text = r.read().decode("utf-8", "replace")
            ref = "-"
            if not page and r.status == 201:
                try:
                    ref = json.loads(text)["reference"]
                except Exception:
                    ref = "?"
            if r.getheader("Connection", "").lower() == "close":
                conn.close(); conn = None
            line = "%.3f %s %d %s %s %s %d %.3f" % (time.time(), "page" if page else "api", r.status,
                                                   (r.getheader("Content-Type") or "-").split(";")[0], ref,
                                                   "-" if page else email, 1 if looks_like_trace(text) else 0,
                                                   time.time() - sent)
        except Exception as e:  # refused, reset, timed out: no answer
            if conn is not None:
                conn.close()
            conn = None
            line = "%.3f %s 0 %s - %s 0 %.3f" % (time.time(), "page" if page else "api", type(e).__name__,
                                                 "-" if page else email, time.time() - sent)
        with lock:
            out.write(line + "\n")


threads = [threading.Thread(target=worker, args=(n,)) for n in range(a.conc)]
for t in threads:
    t.start()
for t in threads:
    t.join()
