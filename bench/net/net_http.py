# http.server.ThreadingHTTPServer on 127.0.0.1 answering GETs from 8 client threads (http.client, one connection
# per request as BaseHTTPRequestHandler speaks HTTP/1.0). Reports requests per second.
import http.client
import http.server
import threading

from _harness import rate

THREADS = 8
REQUESTS = 100          # per client thread
BODY = b"hello from the benchmark server\n" * 4


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format, *args):
        pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    serving.start()

    def client(requests):
        for i in range(requests):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", "/item/%d" % i)
            response = conn.getresponse()
            assert response.status == 200 and response.read() == BODY
            conn.close()

    def drive(requests=REQUESTS):
        threads = [threading.Thread(target=client, args=(requests,)) for _ in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    try:
        drive(5)                            # warm-up, untimed
        rate("http_server_threading_8_clients", THREADS * REQUESTS, drive)
    finally:
        server.shutdown()
        server.server_close()
        serving.join()


if __name__ == "__main__":
    main()
