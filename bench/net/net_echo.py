# An asyncio echo server (streams) on 127.0.0.1 and 100 concurrent clients doing request/response round trips,
# all in one event loop; then the same load split over 2 event loops in 2 threads (each loop serves its own
# listening socket and drives half of the clients). Reports messages per second.
import asyncio
import threading

from _harness import rate

CLIENTS = 100
MESSAGES = 200          # round trips per client
PAYLOAD = b"x" * 63 + b"\n"


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()


async def client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(MESSAGES):
        writer.write(PAYLOAD)
        await writer.drain()
        assert await reader.readline() == PAYLOAD
    writer.close()
    await writer.wait_closed()


async def serve_and_drive(clients):
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(*(client(port) for _ in range(clients)))


def one_loop():
    asyncio.run(serve_and_drive(CLIENTS))


def two_loops():
    threads = [threading.Thread(target=asyncio.run, args=(serve_and_drive(CLIENTS // 2),)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    asyncio.run(serve_and_drive(10))        # warm-up, untimed
    rate("asyncio_echo_100_clients_1_loop", CLIENTS * MESSAGES, one_loop)
    rate("asyncio_echo_100_clients_2_loops_2_threads", CLIENTS * MESSAGES, two_loops)
