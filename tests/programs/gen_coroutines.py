import types
class Future:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        result = yield self.value
        return result
async def add(a, b):
    x = await Future(a)
    y = await Future(b)
    return x + y
async def main():
    r1 = await add(1, 2)
    r2 = await add(10, 20)
    return [r1, r2]
def run(coro):
    value = None
    steps = 0
    try:
        while True:
            request = coro.send(value)
            steps += 1
            print("awaited", request)
            value = request * 100
    except StopIteration as e:
        return e.value, steps
print(run(main()))
async def simple():
    return "simple"
c = simple()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
@types.coroutine
def legacy():
    v = yield "legacy"
    return v
async def uses_legacy():
    return await legacy()
co = uses_legacy()
print(co.send(None))
try:
    co.send("resumed")
except StopIteration as e:
    print(e.value)
async def raiser():
    await Future(1)
    raise ValueError("inside coroutine")
co = raiser()
co.send(None)
try:
    co.send(None)
except ValueError as e:
    print("caught", e)
co = raiser()
co.send(None)
try:
    co.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown", e)
co = add(1, 2)
co.close()
print("closed")
class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        return "cm value"
    async def __aexit__(self, *a):
        print("aexit")
async def with_cm():
    async with AsyncCM() as v:
        print("inside", v)
    return "done"
print(run(with_cm()))
