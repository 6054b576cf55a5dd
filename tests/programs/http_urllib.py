# http.server (ThreadingHTTPServer, BaseHTTPRequestHandler) with urllib.request: GET and POST, request and
# response headers, HTTPError for 404 (code, reason, headers, body), URLError on a refused connection, and
# http.client used directly.
import http.client
import http.server
import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "TestServer/1.0"

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/missing":
            self.send_error(404, "Nothing here")
            return
        if url.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/hello?from=redirect")
            self.end_headers()
            return
        body = json.dumps({
            "path": url.path,
            "query": urllib.parse.parse_qs(url.query),
            "x-custom": self.headers.get("X-Custom"),
            "user-agent": self.headers.get("User-Agent", "").split("/")[0],
        }, sort_keys=True).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Reply", "yes")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)
        body = b"posted " + data + b" as " + self.headers["Content-Type"].encode()
        self.send_response(201, "Made")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(204)
        self.end_headers()

    def log_message(self, format, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print("daemon_threads", server.daemon_threads)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()
base = "http://127.0.0.1:%d" % port

try:
    with urllib.request.urlopen(base + "/hello?a=1&b=2&a=3", timeout=10) as r:
        print("GET", r.status, r.reason, r.getcode(), r.headers["Content-Type"], r.headers["X-Reply"])
        print("server header", r.headers["Server"].split()[0])
        print("url", r.geturl() == base + "/hello?a=1&b=2&a=3")
        print("body", json.loads(r.read()))

    req = urllib.request.Request(base + "/with-headers", headers={"X-Custom": "custom value"})
    print("request", req.get_method(), req.full_url == base + "/with-headers", req.get_header("X-custom"))
    with urllib.request.urlopen(req, timeout=10) as r:
        print("custom header", json.loads(r.read())["x-custom"])

    data = urllib.parse.urlencode({"name": "skein", "n": 3}).encode()
    with urllib.request.urlopen(base + "/submit", data=data, timeout=10) as r:
        print("POST", r.status, r.reason, r.read())
    req = urllib.request.Request(base + "/json", data=b'{"k": 1}', headers={"Content-Type": "application/json"},
                                 method="POST")
    with urllib.request.urlopen(req, timeout=10) as r:
        print("POST json", r.status, r.read())

    with urllib.request.urlopen(base + "/redirect", timeout=10) as r:
        print("redirected", r.status, json.loads(r.read())["query"], r.geturl().endswith("/hello?from=redirect"))

    try:
        urllib.request.urlopen(base + "/missing", timeout=10)
    except urllib.error.HTTPError as e:
        print("HTTPError", e.code, e.reason, isinstance(e, urllib.error.URLError))
        print("str", str(e))
        print("error content type", e.headers["Content-Type"])
        body = e.read()
        print("error body mentions reason", b"Nothing here" in body)
        e.close()

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("HEAD", "/")
    r = conn.getresponse()
    print("HEAD", r.status, r.reason, r.read())
    conn.close()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/direct", headers={"X-Custom": "direct"})
    r = conn.getresponse()
    print("http.client", r.status, r.version, r.getheader("content-length") is not None,
          json.loads(r.read())["x-custom"])
    conn.close()
finally:
    server.shutdown()
    server.server_close()
    thread.join()

# A port that nobody listens on: bind, note the port, close.
s = socket.socket()
s.bind(("127.0.0.1", 0))
dead = s.getsockname()[1]
s.close()
try:
    urllib.request.urlopen("http://127.0.0.1:%d/" % dead, timeout=10)
except urllib.error.URLError as e:
    print("URLError", type(e.reason).__name__, e.reason.errno)
    print("str", str(e).startswith("<urlopen error [Errno 111]"))
try:
    urllib.request.urlopen("nope://x")
except urllib.error.URLError as e:
    print("URLError", e.reason)
try:
    urllib.request.Request("not a url")
except ValueError as e:
    print("ValueError", e)
print("responses", http.server.BaseHTTPRequestHandler.responses[404])
print("HTTPStatus", http.HTTPStatus.NOT_FOUND.phrase, int(http.HTTPStatus.CREATED))
