#!/usr/bin/env python3
"""A loopback SMTP sink for the batteries: accepts every mail and appends one line per mail to a log:
<epoch seconds> <Message-ID or -> <recipients, comma-separated>. usage: smtp-sink.py PORT LOGFILE"""
import socketserver, sys, threading, time

PORT, LOG = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
out = open(LOG, "a", buffering=1)


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 sink ESMTP")
        rcpts, msgid = [], "-"
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            cmd = raw.decode("utf-8", "replace").strip()
            verb = cmd[:4].upper()
            if verb == "EHLO":
                self.wfile.write(b"250-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 PIPELINING\r\n")
                self.wfile.flush()
            elif verb == "HELO":
                self.reply("250 sink")
            elif verb == "MAIL":
                rcpts, msgid = [], "-"
                self.reply("250 OK")
            elif verb == "RCPT":
                rcpts.append(cmd.split(":", 1)[1].strip().strip("<>").split(">")[0])
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 go ahead")
                in_headers = True
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    if line in (b".\r\n", b".\n"):
                        break
                    if in_headers:
                        if line.strip() == b"":
                            in_headers = False
                        elif line.lower().startswith(b"message-id:"):
                            msgid = line.split(b":", 1)[1].strip().decode("ascii", "replace")
                with lock:
                    out.write("%.3f %s %s\n" % (time.time(), msgid, ",".join(rcpts)))
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:  # RSET, NOOP, anything else
                self.reply("250 OK")


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True


Server(("127.0.0.1", PORT), Session).serve_forever()
