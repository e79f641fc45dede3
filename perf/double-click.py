#!/usr/bin/env python3
"""The double-click storm: GET the public form, then send its POST (same ViewState, script nonce and
submission key; the form is stateless, so no session cookie) CLICKS times at once. Per round: how many distinct references came back. usage: PORT ROUNDS CLICKS
Prints per round '<email> <distinct refs> <answers ok> <statuses>'."""
import http.client, re, sys, threading, urllib.parse, uuid

port, rounds, clicks = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
for r in range(rounds):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    c.request("GET", "/", headers={"Accept-Language": "en"})
    resp = c.getresponse(); html = resp.read().decode()
    field = lambda name: re.search(r'name="%s"(?: id="[^"]*")? value="([^"]*)"' % re.escape(name), html).group(1)
    email = "storm-%s@example.org" % uuid.uuid4().hex[:12]
    body = urllib.parse.urlencode({"intake": "intake", "intake:name": "Storm", "intake:email": email,
        "intake:organisation": "Acme Retail", "intake:right": "ERASURE", "intake:description": "Please delete.",
        "intake:website": "", "intake:key": field("intake:key"), "intake:submit": "Send request",
        "jakarta.faces.ViewState": field("jakarta.faces.ViewState"), "primefaces.nonce": field("primefaces.nonce")})
    results, go = [], threading.Barrier(clicks)

    def click():
        k = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        go.wait()
        k.request("POST", "/index.xhtml", body=body, headers={
                  "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "en"})
        a = k.getresponse(); a.read()
        results.append((a.status, (a.getheader("Location") or "").partition("ref=")[2]))

    ts = [threading.Thread(target=click) for _ in range(clicks)]
    [t.start() for t in ts]; [t.join() for t in ts]
    refs = {ref for s, ref in results if s == 302 and ref}
    print(email, len(refs), sum(1 for s, _ in results if s == 302), ",".join(sorted(str(s) for s, _ in results)), flush=True)
