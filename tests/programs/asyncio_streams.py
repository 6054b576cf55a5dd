import asyncio


async def handle(reader, writer):
    while data := await reader.readline():
        writer.write(data.upper())
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    replies = []
    for word in ("hello", "skein"):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(word.encode() + b"\n")
        await writer.drain()
        replies.append(await reader.readline())
        writer.close()
        await writer.wait_closed()
    print(replies)
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", 1)
    except OSError as e:
        print("refused:", type(e).__name__)


asyncio.run(main())
