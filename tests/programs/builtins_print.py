import sys, io
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" END\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], {"k": 1}, (1,), sep=",")
print(*range(5), sep="-")
print("to stdout", file=sys.stdout, flush=True)
buf = io.StringIO()
print("into", "buffer", file=buf, sep="_", end="!")
print(repr(buf.getvalue()))
print("x", sep=None, end=None)
print("y", file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
class S:
    def __str__(self): return "custom str"
    def __repr__(self): return "custom repr"
print(S(), [S()])
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print("", end="")
print("tab\tand\\backslash")
print("unicode: ☃ é 𝄞")
