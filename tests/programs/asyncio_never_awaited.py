# "RuntimeWarning: coroutine '...' was never awaited" on stderr for coroutines that are dropped without being
# awaited (checked in a child interpreter, whose stderr is printed with its file name normalised); closing a
# coroutine, awaiting it or wrapping it in a task keeps quiet, and warning filters apply.
import subprocess
import sys
import tempfile
import os

CHILD = '''
import asyncio
import warnings

async def forgotten():
    pass

class Service:
    async def method(self):
        pass

def caller():
    forgotten()
    Service().method()

caller()
closed = forgotten()
closed.close()

async def main():
    await forgotten()
    await asyncio.create_task(forgotten())
    asyncio.sleep(0)

asyncio.run(main())
print("child done")
'''


def run(*options):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "child.py")
        with open(path, "w") as f:
            f.write(CHILD)
        proc = subprocess.run([sys.executable, *options, path], capture_output=True, text=True, timeout=60)
        print("stdout:", proc.stdout.strip(), "exit:", proc.returncode)
        for line in proc.stderr.replace(path, "child.py").splitlines():
            print("stderr:", line)


run()
run("-W", "ignore::RuntimeWarning")
