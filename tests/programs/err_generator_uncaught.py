def g():
    yield 1
    raise LookupError("generator failed")
for v in g():
    print(v)
