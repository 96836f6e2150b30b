"""http_fixture.py — a small HTTP server on 127.0.0.1 for tests/cli/extract_url.sh.

Serves the files of a directory, plus routes for the failures a fetch must tell apart:
  /redirect        302 to /news.html          /loop     302 to itself
  /missing         404                        /broken   500
  /slow            waits 5 s before answering /big      2 MB of text/html
  /image.png       image/png bytes            /ua       an HTML page showing the User-Agent
  /latin1          latin1.html's bytes with "text/html; charset=iso-8859-1" and no <meta>
Writes the port it listens on to the file given as its argument, then serves until killed.
"""
import http.server
import os
import socketserver
import sys
import time

ROOT = os.environ["FIXTURE_ROOT"]


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, ctype, body, extra=()):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        p = self.path
        if p == "/redirect":
            return self.send(302, "text/html", b"", [("Location", "/news.html")])
        if p == "/loop":
            return self.send(302, "text/html", b"", [("Location", "/loop")])
        if p == "/missing":
            return self.send(404, "text/html", b"<html><body>Not found</body></html>")
        if p == "/broken":
            return self.send(500, "text/html", b"<html><body>Server error</body></html>")
        if p == "/slow":
            time.sleep(5)
            return self.send(200, "text/html", b"<html><body><p>late</p></body></html>")
        if p == "/big":
            return self.send(200, "text/html", b"<html><body>" + b"<p>filler words here</p>" * 90000 + b"</body></html>")
        if p == "/image.png":
            return self.send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
        if p == "/ua":
            ua = self.headers.get("User-Agent", "").encode()
            return self.send(200, "text/html", b"<html><body><p>Your agent is " + ua + b".</p></body></html>")
        if p == "/latin1":
            body = open(os.path.join(ROOT, "latin1.html"), "rb").read()
            body = body.replace(b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', b"")
            return self.send(200, "text/html; charset=iso-8859-1", body)
        name = os.path.join(ROOT, os.path.basename(p))
        if os.path.isfile(name):
            return self.send(200, "text/html; charset=utf-8", open(name, "rb").read())
        return self.send(404, "text/plain", b"no such page")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that hangs up early (the size limit, a timeout) is what the tests do


srv = Server(("127.0.0.1", 0), Handler)
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(srv.server_address[1]))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
srv.serve_forever()
