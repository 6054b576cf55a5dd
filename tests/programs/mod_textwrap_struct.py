import textwrap, struct
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill("short text here", width=8))
print(textwrap.shorten("Hello  world, this is long", width=15))
print(repr(textwrap.dedent("""\
    indented
      more
    back
""")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.fill("x" * 25, 10))
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack(">hhl", 1, 2, 3), struct.calcsize(">hhl"), struct.calcsize("<q"))
print(struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<2H", b"\x01\x00\x02\x00"), struct.pack(">f", 1.5), struct.unpack(">d", struct.pack(">d", 0.1)))
print(struct.pack("3s", b"abcdef"), struct.pack(">?b", True, -1), struct.unpack(">bB", b"\xff\xff"))
print(list(struct.iter_unpack(">H", b"\x00\x01\x00\x02")), struct.Struct(">I").size)
try:
    struct.pack(">B", 256)
except struct.error as e:
    print("struct.error", "0 <= number <= 255" in str(e))
