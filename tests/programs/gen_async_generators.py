async def agen(n):
    for i in range(n):
        yield i * 2
    print("agen finished")
def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("unexpected suspension")
ag = agen(3)
print(type(ag).__name__)
results = []
while True:
    try:
        results.append(drive(ag.__anext__()))
    except StopAsyncIteration:
        break
print(results)
async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
print(drive(consume()))
async def comp():
    return [v async for v in agen(2)]
print(drive(comp()))
class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def use_arange():
    total = 0
    async for v in ARange(5):
        total += v
    return total
print(drive(use_arange()))
async def echo():
    received = yield "first"
    print("echo got", received)
    yield "second"
e = echo()
print(drive(e.asend(None)))
print(drive(e.asend("hello")))
try:
    drive(e.asend(None))
except StopAsyncIteration:
    print("StopAsyncIteration")
