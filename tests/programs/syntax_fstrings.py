name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}!")
print(f"{n} {n:5} {n:<5}| {n:^7}| {n:>5}|")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {n:08b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n=} {pi=:.2f} {name = }")
print(f"{{literal}} {{{n}}}")
print(f'{"nested"} {"dq" if True else ""}' if False else f"{'single'}", f'''{"tri"}''')
d = {"k": "v"}
print(f"{d['k']} {len(d)} {[1,2,3][1]}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{'left':*<10}|{'right':->10}|{'mid':=^9}|")
print(f"{-42:+} {42:+} {42: } {-42: }")
print(f"{3+4j}", f"{None}", f"{True}")
print(f"""multi
{n}line""")
print(rf"raw {n} \n", fr"\t{name}")
x = 5
print(f"{x*2} {x if x > 3 else 0} {(lambda y: y + 1)(x)}")
print(f"{'abc':.2} {12:{'>'}{6}}")
print(f"{n!r:>6}")
