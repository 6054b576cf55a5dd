# socketserver (ThreadingTCPServer, ThreadingUDPServer, StreamRequestHandler, DatagramRequestHandler,
# a Unix stream server), select.poll and select.select, Unix domain sockets, IPv6 loopback (skipped quietly
# when unavailable, with the same output), and socket.makefile in text and binary modes.
import os
import select
import socket
import socketserver
import tempfile
import threading


class EchoLines(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b"echo: " + line)


class Reverse(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read()[::-1])


def serve(server):
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    return t


def stop(server, t):
    server.shutdown()
    server.server_close()
    t.join()


def tcp_server():
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), EchoLines) as server:
        print("tcp", server.socket_type == socket.SOCK_STREAM, server.address_family.name, server.daemon_threads)
        t = serve(server)
        replies = {}

        def client(i):
            with socket.create_connection(server.server_address, timeout=10) as c:
                f = c.makefile("rwb")
                f.write(b"client %d\n" % i)
                f.write(b"second %d\n" % i)
                f.flush()
                replies[i] = [f.readline(), f.readline()]
                f.close()
        clients = [threading.Thread(target=client, args=(i,)) for i in range(4)]
        for c in clients:
            c.start()
        for c in clients:
            c.join()
        for i in sorted(replies):
            print(i, replies[i])
        stop(server, t)


def udp_server():
    with socketserver.ThreadingUDPServer(("127.0.0.1", 0), Reverse) as server:
        t = serve(server)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
            c.settimeout(10)
            for msg in (b"abc", b"datagram"):
                c.sendto(msg, server.server_address)
                print("udp", c.recvfrom(100)[0])
        stop(server, t)


def polling():
    a, b = socket.socketpair()
    p = select.poll()
    p.register(a, select.POLLIN)
    p.register(b.fileno(), select.POLLIN | select.POLLOUT)
    print("poll idle", sorted((fd == a.fileno(), ev) for fd, ev in p.poll(0)))
    b.send(b"x")
    print("poll readable", sorted((fd == a.fileno(), ev) for fd, ev in p.poll(1000)))
    p.modify(b, select.POLLIN)
    print("after modify", [(fd == a.fileno(), ev) for fd, ev in p.poll(0)])
    p.unregister(a)
    print("after unregister", p.poll(0))
    try:
        p.unregister(a)
    except KeyError as e:
        print("KeyError", e.args == (a.fileno(),))
    try:
        p.modify(a, select.POLLIN)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    a.recv(1)
    r, w, x = select.select([a, b], [a], [], 0)
    print("select", len(r), w == [a], x)
    b.close()
    print("peer closed", select.select([a], [], [], 1)[0] == [a], a.recv(1))
    p2 = select.poll()
    p2.register(a, select.POLLIN)
    print("hangup", [ev & (select.POLLIN | select.POLLHUP) != 0 for fd, ev in p2.poll(0)])
    a.close()
    print("constants", select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP,
          select.POLLNVAL)
    try:
        select.select([-1], [], [], 0)
    except ValueError as e:
        print("ValueError", e)


def unix_sockets():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "sock")
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(path)
        listener.listen()
        print("unix", listener.family.name, listener.getsockname() == path)
        c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        c.connect(path)
        conn, addr = listener.accept()
        print("accepted address", repr(addr))
        c.sendall(b"over a unix socket")
        print(conn.recv(100))
        conn.close()
        c.close()
        listener.close()
        try:
            socket.socket(socket.AF_UNIX).connect(os.path.join(d, "absent"))
        except FileNotFoundError as e:
            print("FileNotFoundError", e.errno)
        dpath = os.path.join(d, "dgram")
        ds = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        ds.bind(dpath)
        dc = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        dc.sendto(b"unix datagram", dpath)
        print(ds.recvfrom(100))
        ds.close()
        dc.close()

        class UnixEcho(socketserver.StreamRequestHandler):
            def handle(self):
                self.wfile.write(self.rfile.readline().upper())
        spath = os.path.join(d, "server")
        server = socketserver.ThreadingUnixStreamServer(spath, UnixEcho)
        t = serve(server)
        with socket.socket(socket.AF_UNIX) as c:
            c.connect(spath)
            c.sendall(b"unix server\n")
            print(c.makefile("rb").readline())
        stop(server, t)
    pair = socket.socketpair()
    print("socketpair family", pair[0].family.name)
    for s in pair:
        s.close()


def ipv6():
    try:
        listener = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        listener.bind(("::1", 0))
    except OSError:
        print("ipv6 ok")
        return
    listener.listen()
    host, port, flowinfo, scope = listener.getsockname()
    c = socket.create_connection(("::1", port), timeout=10)
    conn, addr = listener.accept()
    c.sendall(b"six")
    ok = conn.recv(10) == b"six" and host == "::1" and addr[0] == "::1" and len(addr) == 4
    print("ipv6 ok" if ok else "ipv6 broken")
    for s in (c, conn, listener):
        s.close()


def makefile():
    a, b = socket.socketpair()
    w = a.makefile("w", encoding="utf-8", newline="\n")
    r = b.makefile("r", encoding="utf-8")
    print("modes", w.mode, r.mode, type(b.makefile("rb")).__name__, type(b.makefile("rb", buffering=0)).__name__)
    w.write("héllo\nworld\n")
    w.flush()
    print(repr(r.readline()), repr(r.readline()))
    w.close()
    print("socket still open", a.fileno() >= 0)
    a.close()
    print("eof", repr(r.read()))
    r.close()
    b.close()
    try:
        socket.socket().makefile("rx")
    except ValueError as e:
        print("ValueError", e)


tcp_server()
udp_server()
polling()
unix_sockets()
ipv6()
makefile()
