# asyncio subprocesses: create_subprocess_exec/create_subprocess_shell with pipes (communicate, streaming
# stdout line by line, writing stdin, stderr=STDOUT, DEVNULL), return codes, kill, and loop.subprocess_exec
# with a SubprocessProtocol subclass.
import asyncio
import sys

PY = sys.executable


async def exec_pipes():
    proc = await asyncio.create_subprocess_exec(
        PY, "-c", "import sys; data = sys.stdin.read(); print(data.upper()); print('err', file=sys.stderr)",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print("repr", repr(proc).startswith("<Process "), proc.returncode)
    out, err = await proc.communicate(b"hello child")
    print("communicate", out, err, proc.returncode)
    print("wait again", await proc.wait())


async def streaming():
    proc = await asyncio.create_subprocess_exec(
        PY, "-c", "import sys\nfor i in range(3):\n    print('line', i, flush=True)\nsys.exit(3)",
        stdout=asyncio.subprocess.PIPE)
    print("stdin/stderr", proc.stdin, proc.stderr)
    async for line in proc.stdout:
        print("got", line)
    print("exit", await proc.wait())


async def interactive():
    proc = await asyncio.create_subprocess_exec(
        PY, "-c", "import sys\nfor line in sys.stdin:\n    print(int(line) * 2, flush=True)",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    results = []
    for n in (1, 20, 300):
        proc.stdin.write(b"%d\n" % n)
        await proc.stdin.drain()
        results.append(int(await proc.stdout.readline()))
    proc.stdin.close()
    await proc.stdin.wait_closed()
    print("doubled", results, await proc.wait())


async def merged_and_devnull():
    proc = await asyncio.create_subprocess_exec(
        PY, "-c", "import sys; print('out', flush=True); print('err', file=sys.stderr, flush=True)",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, err = await proc.communicate()
    print("merged", sorted(out.split()), err)
    proc = await asyncio.create_subprocess_exec(PY, "-c", "print('discarded')", stdout=asyncio.subprocess.DEVNULL)
    print("devnull", await proc.communicate(), proc.returncode)
    proc = await asyncio.create_subprocess_shell("echo shell $((6 * 7)); exit 5", stdout=asyncio.subprocess.PIPE)
    print("shell", await proc.communicate(), proc.returncode)


async def killing():
    proc = await asyncio.create_subprocess_exec(PY, "-c", "import time; time.sleep(30)")
    proc.kill()
    print("killed", await proc.wait())
    proc = await asyncio.create_subprocess_exec(PY, "-c", "import time; time.sleep(30)")
    proc.terminate()
    print("terminated", await proc.wait())
    try:
        await asyncio.create_subprocess_exec("/nonexistent/program")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    loop = asyncio.get_running_loop()
    for kwargs in ({"bufsize": 1}, {"universal_newlines": True}, {"text": True}, {"encoding": "utf-8"}):
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, PY, "-c", "pass", **kwargs)
        except ValueError as e:
            print("ValueError", e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, ["echo"])
    except ValueError as e:
        print("ValueError", e)


class Collector(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.data = {1: b"", 2: b""}

    def connection_made(self, transport):
        self.events.append("connection_made")
        self.transport = transport

    def pipe_data_received(self, fd, data):
        self.data[fd] += data

    def pipe_connection_lost(self, fd, exc):
        self.events.append(("pipe_connection_lost", fd, exc))

    def process_exited(self):
        self.events.append(("process_exited", self.transport.get_returncode()))

    def connection_lost(self, exc):
        self.events.append(("connection_lost", exc))
        self.done.set_result(None)


async def protocol():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, proto = await loop.subprocess_exec(
        lambda: Collector(done), PY, "-c", "import sys; sys.stdout.write('to out'); sys.stderr.write('to err')",
        stdin=None)
    print("pid", isinstance(transport.get_pid(), int), transport.get_pipe_transport(0),
          type(transport.get_pipe_transport(1)).__name__ != "NoneType")
    await done
    print("first", proto.events[0], "last", proto.events[-1])
    print("events", sorted(map(str, proto.events[1:-1])))
    print("data", proto.data)
    print("returncode", transport.get_returncode())
    transport.close()


asyncio.run(exec_pipes())
asyncio.run(streaming())
asyncio.run(interactive())
asyncio.run(merged_and_devnull())
asyncio.run(killing())
asyncio.run(protocol())
