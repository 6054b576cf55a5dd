import os
path = "/tmp/skein_test_builtins_open.txt"
with open(path, "w", encoding="utf-8") as f:
    print(f.write("line one\n"), f.write("línea dos\n"))
    f.write("third")
    print(f.closed, f.mode, f.name == path)
print(f.closed)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "a", encoding="utf-8") as f:
    f.write("\nappended")
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines())
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:8])
with open(path, "wb") as f:
    f.write(b"\x00\x01binary\xff")
with open(path, "rb") as f:
    print(f.read(3), f.read(), f.read())
with open(path, "r+b") as f:
    f.seek(2)
    f.write(b"BI")
    f.seek(0)
    print(f.read(), f.tell())
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read(1), f.tell(), f.read())
print(os.path.exists(path), os.path.getsize(path))
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(path, "q")
except ValueError as e:
    print(e)
with open(path, "x") as f:
    f.write("exclusive")
try:
    open(path, "x")
except FileExistsError:
    print("FileExistsError")
os.remove(path)
