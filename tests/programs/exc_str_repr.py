for e in [KeyError("k"), KeyError(1), KeyError(("a", 1)), KeyError(), KeyError("a", "b"), IndexError("list index out of range"),
          ValueError(""), ValueError(" "), ValueError(None), ValueError([1, 2]), OSError("plain"), OSError(2, "ENOENT"), OSError(2, "ENOENT", "path"),
          FileNotFoundError(2, "No such file or directory", "x.txt"), UnicodeError("u"), SyntaxError("msg"), SyntaxError("m", ("f.py", 3, 4, "code", 3, 8)),
          StopIteration(), StopIteration(1, 2), SystemExit("bye"), Exception("a", 1, None), BaseException(), AssertionError("a"), NameError("n"), AttributeError("x")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
n = NameError("msg", name="v")
print(n.name)
a = AttributeError("msg", name="attr", obj=5)
print(a.name, a.obj)
i = ImportError("no", name="mod", path="p")
print(i.name, i.path, i.msg, str(i))
