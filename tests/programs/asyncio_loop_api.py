# asyncio's low-level loop API: call_soon/call_later/call_at ordering, handles, call_soon_threadsafe from another
# thread, add_reader/remove_reader on a socketpair, Protocol subclasses with create_server/create_connection,
# transports (extra info, write_eof, pause/resume), datagram endpoints and loop.sock_* methods.
import asyncio
import socket
import threading

order = []


def record(*args):
    order.append(args)


def ordering():
    loop = asyncio.new_event_loop()
    now = loop.time()
    loop.call_later(0.3, record, "later 0.3")
    loop.call_at(now + 0.1, record, "at +0.1")
    loop.call_soon(record, "soon 1")
    h = loop.call_later(0.2, record, "cancelled")
    print(type(h).__name__, h.cancelled(), isinstance(h, asyncio.Handle))
    h.cancel()
    print(h.cancelled())
    loop.call_soon(record, "soon 2")
    loop.call_later(0, record, "later 0")
    loop.call_later(0.4, loop.stop)
    print(loop.is_running(), loop.is_closed())
    loop.run_forever()
    print(order)
    th = loop.call_at(loop.time() + 100, record)
    print(th.when() > loop.time())
    th.cancel()
    loop.close()
    print(loop.is_closed())
    try:
        loop.call_soon(record, "x")
    except RuntimeError as e:
        print("RuntimeError", e)


def threadsafe():
    loop = asyncio.new_event_loop()
    got = []

    def from_thread():
        for i in range(5):
            loop.call_soon_threadsafe(got.append, i)
        loop.call_soon_threadsafe(loop.stop)
    t = threading.Thread(target=from_thread)
    loop.call_soon(t.start)
    loop.run_forever()
    t.join()
    print("threadsafe", got)

    async def compute():
        await asyncio.sleep(0.01)
        return 42

    def submit():
        fut = asyncio.run_coroutine_threadsafe(compute(), loop)
        results.append(fut.result(timeout=5))
        loop.call_soon_threadsafe(loop.stop)
    results = []
    t = threading.Thread(target=submit)
    loop.call_soon(t.start)
    loop.run_forever()
    t.join()
    print("run_coroutine_threadsafe", results)
    loop.close()


async def readers():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    received = []
    done = loop.create_future()

    def on_readable():
        data = a.recv(100)
        received.append(data)
        if data.endswith(b"!"):
            print("remove_reader", loop.remove_reader(a))
            done.set_result(None)
    loop.add_reader(a, on_readable)
    b.send(b"one")
    await asyncio.sleep(0.01)
    b.send(b"two!")
    await done
    print("remove_reader again", loop.remove_reader(a))
    print("received", b"".join(received))
    wrote = loop.create_future()
    loop.add_writer(b.fileno(), lambda: wrote.done() or wrote.set_result("writable"))
    print(await wrote, loop.remove_writer(b.fileno()))
    a.close()
    b.close()


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection_made", transport.get_extra_info("peername")[0],
              isinstance(transport, asyncio.Transport))

    def data_received(self, data):
        print("server: data_received", data)
        self.transport.write(data.upper())

    def eof_received(self):
        print("server: eof_received")
        self.transport.write(b"BYE")
        self.transport.close()

    def connection_lost(self, exc):
        print("server: connection_lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.chunks = []

    def connection_made(self, transport):
        print("client: connection_made", transport.can_write_eof(), transport.is_closing())
        transport.write(b"hello ")
        transport.writelines([b"over ", b"protocols"])

    def data_received(self, data):
        self.chunks.append(data)
        if b"".join(self.chunks).endswith(b"PROTOCOLS"):
            self.transport_ref.write_eof()

    def eof_received(self):
        print("client: eof_received")

    def connection_lost(self, exc):
        print("client: connection_lost", exc, b"".join(self.chunks))
        self.done.set_result(True)


async def protocols():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, "127.0.0.1", 0)
    print("server", type(server).__name__, server.is_serving(), len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    proto = Client(done)
    transport, p = await loop.create_connection(lambda: proto, "127.0.0.1", port)
    proto.transport_ref = transport
    print("same protocol", p is proto, transport.get_protocol() is proto)
    print("sockname", transport.get_extra_info("sockname")[0], transport.get_extra_info("socket").family.name)
    print("missing extra", transport.get_extra_info("nope", "default"))
    await done
    server.close()
    await server.wait_closed()
    print("serving after close", server.is_serving())


class Datagram(asyncio.DatagramProtocol):
    def __init__(self, name, done=None):
        self.name, self.done = name, done

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        print(self.name, "datagram_received", data)
        if self.done is None:
            self.transport.sendto(data[::-1], addr)
        else:
            self.done.set_result(data)


async def datagrams():
    loop = asyncio.get_running_loop()
    server_t, _ = await loop.create_datagram_endpoint(lambda: Datagram("server"), local_addr=("127.0.0.1", 0))
    addr = server_t.get_extra_info("sockname")
    done = loop.create_future()
    client_t, _ = await loop.create_datagram_endpoint(lambda: Datagram("client", done), remote_addr=addr)
    client_t.sendto(b"datagram")
    print("reply", await done)
    client_t.close()
    server_t.close()
    await asyncio.sleep(0)


async def sock_methods():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    client = socket.socket()
    client.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(listener))
    await loop.sock_connect(client, listener.getsockname())
    conn, addr = await accept
    print("accepted", addr[0], conn.gettimeout())
    await loop.sock_sendall(client, b"x" * 100000)
    total = 0
    while total < 100000:
        data = await loop.sock_recv(conn, 65536)
        total += len(data)
    print("sock_recv total", total)
    buf = bytearray(5)
    await loop.sock_sendall(conn, b"abcde")
    n = 0
    while n < 5:
        n += await loop.sock_recv_into(client, memoryview(buf)[n:])
    print("sock_recv_into", n, buf)
    client.close()
    print("eof", await loop.sock_recv(conn, 10))
    conn.close()
    listener.close()


ordering()
threadsafe()
asyncio.run(readers())
asyncio.run(protocols())
asyncio.run(datagrams())
asyncio.run(sock_methods())
