print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[a, b]", {"a": 1}, {"b": 2}))
g = {}
exec("y = 10\ndef f(): return y * 2", g)
print(g["y"], g["f"](), "__builtins__" in g)
l = {}
exec("z = 5", {}, l)
print(l)
ns = {"items": [1, 2, 3]}
exec("total = sum(items)", ns)
print(ns["total"])
print(eval("len('abc')"), eval("__name__"), eval("  7  "))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_name_xyz")
except NameError as e:
    print(e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(e)
print(exec("1"), eval("None"))
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}), code.co_filename, type(code).__name__)
code2 = compile("for i in range(3): print('loop', i)", "<stmts>", "exec")
exec(code2)
code3 = compile("40 + 2", "<single>", "single")
exec(code3)
def scope():
    local_v = "local"
    return eval("local_v")
print(scope())
print(eval("x", {"x": "globals"}, {"x": "locals"}))
exec("import math as m2\nr = m2.floor(2.5)", ns)
print(ns["r"])
print(eval("(lambda q: q + 1)(1)"), eval(b"3 + 4"))
safe = {"__builtins__": {}}
try:
    eval("len([])", safe)
except NameError as e:
    print(e)
