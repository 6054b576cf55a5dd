import atexit
def handler(name, punct="!"):
    print("atexit handler", name + punct)
atexit.register(handler, "first")
atexit.register(handler, "second", punct="?")
@atexit.register
def decorated():
    print("decorated handler")
def removed():
    print("never runs")
atexit.register(removed)
atexit.unregister(removed)
print("main body done")
