import traceback, os, sys
def fail():
    raise ValueError("traceback me")
def middle():
    fail()
try:
    middle()
except ValueError:
    text = traceback.format_exc()
    here = os.path.abspath(__file__)
    print(text.replace(here, os.path.basename(here)), end="")
    tb = sys.exc_info()[2]
    for fs in traceback.extract_tb(tb):
        print(os.path.basename(fs.filename), fs.lineno, fs.name, fs.line)
try:
    {}["k"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception_only(e)), end="")
    lines = traceback.format_exception(e)
    print(lines[0], end="")
    print(lines[-1], end="")
try:
    try:
        raise TypeError("inner")
    except TypeError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    out = "".join(traceback.format_exception(e))
    print("direct cause" in out, out.strip().splitlines()[-1])
stack = traceback.extract_stack()
print(stack[-1].name, os.path.basename(stack[-1].filename))
print(traceback.format_exception_only(SyntaxError, SyntaxError("bad", ("f.py", 1, 3, "a b c\n"))))
