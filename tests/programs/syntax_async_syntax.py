import types
@types.coroutine
def tick(v):
    return (yield v)
async def agen(n):
    for i in range(n):
        await tick(i)
        yield i
async def main():
    out = [x async for x in agen(3)]
    out2 = [x * 10 async for x in agen(4) if x % 2]
    gen_of_awaits = [await tick(f"v{i}") for i in range(2)]
    d = {x: x async for x in agen(2)}
    s = {x async for x in agen(2)}
    return out, out2, gen_of_awaits, d, s
coro = main()
trace = []
val = None
try:
    while True:
        val = coro.send(val)
        trace.append(val)
        val = f"r{val}"
except StopIteration as e:
    print(e.value)
print(trace)
async def early():
    return 1
c = early()
print(type(c).__name__, c.cr_running, c.__qualname__)
c.close()
async def nested():
    async def inner():
        return "inner"
    return await inner()
try:
    nested().send(None)
except StopIteration as e:
    print(e.value)
async def with_try():
    try:
        await tick("suspend")
        raise ValueError("in coro")
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("coro finally")
co = with_try()
print(co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
