import io
s = io.StringIO()
s.write("hello ")
print(s.write("world\n"), repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.read()))
s2 = io.StringIO("a\nb\nc")
print(s2.readlines(), list(io.StringIO("x\ny\n")))
s3 = io.StringIO("init")
s3.seek(0, 2)
s3.write("+more")
print(s3.getvalue())
s3.truncate(4)
print(s3.getvalue())
b = io.BytesIO(b"binary data")
print(b.read(6), b.tell(), b.read(), b.getvalue())
b.seek(0)
b.write(b"BIN")
print(b.getvalue(), b.getbuffer().nbytes)
with io.StringIO() as ctx:
    ctx.write("x")
print(ctx.closed)
try:
    ctx.write("y")
except ValueError as e:
    print(e)
t = io.TextIOWrapper(io.BytesIO("é\nz".encode("utf-8")), encoding="utf-8")
print(t.read().split("\n"))
import sys
print(isinstance(sys.stdout, io.TextIOBase), io.SEEK_END, issubclass(io.StringIO, io.IOBase))
path = "/tmp/skein_test_mod_io.bin"
with io.open(path, "wb") as f:
    f.write(bytes(range(5)))
with open(path, "rb") as f:
    print(f.read(), type(f).__name__)
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(2))
import os
os.remove(path)
print(io.StringIO("line1\nline2").readline(), end="")
print()
print(io.StringIO("abc").read(0) == "")
