# contextvars (native _contextvars): Context, ContextVar, Token, copy_context; contexts per thread.
import contextvars
import re
import threading


def show(x):
    print(re.sub(r"0x[0-9a-f]+", "0x...", repr(x)))


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", re.sub(r"0x[0-9a-f]+", "0x...", str(e)))


v = contextvars.ContextVar("v", default=3)
w = contextvars.ContextVar("w")
show(v)
show(w)
print(v.name, v.get(), w.get("fallback"))
attempt(w.get)
attempt(v.get, 1, 2)
t = v.set(5)
show(t)
print(t.var is v, t.old_value is contextvars.Token.MISSING, contextvars.Token.MISSING)
ctx = contextvars.copy_context()
print(ctx[v], ctx.get(w), ctx.get(w, "d"), v in ctx, w in ctx, len(ctx), list(ctx) == [v])
print(ctx.keys() == [v] or list(ctx.keys()) == [v], list(ctx.values()), list(ctx.items()) == [(v, 5)])
attempt(lambda: ctx[w])
attempt(lambda: ctx[1])
v.reset(t)
print(v.get(), ctx[v])
attempt(v.reset, t)
attempt(v.reset, 1)
t2 = w.set("x")
attempt(v.reset, t2)
w.reset(t2)
print(w.get(None))

# Context.run: changes stay in the context; nesting the same context is refused.
c2 = contextvars.Context()
print(len(c2), c2 == contextvars.Context(), c2 != ctx)


def body(x, y=0):
    v.set(x + y)
    attempt(c2.run, body, 1)
    return v.get()


print(c2.run(body, 10, y=5), v.get(), c2[v])
print(c2.run(v.get))
attempt(c2.run)
attempt(contextvars.Context, 1)
attempt(hash, c2)
print(hash(v) == hash(v), {v: 1}[v])

# copy() shares values; writing to one side does not show in the other.
c3 = c2.copy()
c3.run(v.set, 99)
print(c2[v], c3[v])

# Each thread starts with its own empty context.
v.set(7)
seen = []
other = threading.Thread(target=lambda: seen.append((v.get(), len(contextvars.copy_context()))))
other.start()
other.join()
print(seen, v.get())

# A context entered in one thread cannot be entered in another at the same time.
entered = threading.Event()
release = threading.Event()
shared = contextvars.Context()


def hold():
    entered.set()
    release.wait()


th = threading.Thread(target=shared.run, args=(hold,))
th.start()
entered.wait()
attempt(shared.run, print, "never")
release.set()
th.join()
shared.run(print, "entered after release")

print(contextvars.ContextVar[int], contextvars.Token[str])
attempt(contextvars.ContextVar, 1)
attempt(contextvars.Token)
attempt(setattr, v, "name", "x")
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(ctx).__module__, type(v).__name__, type(t).__qualname__)
