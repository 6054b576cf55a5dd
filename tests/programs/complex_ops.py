import cmath
z = complex(3, -4)
print(z, abs(z), z * z, z ** 0.5, z / 2, -z, +z)
print(z == 3 - 4j, z != 3, z.conjugate() * z)
print(complex("1e2+3.5j"), complex("-j"), complex("(1+2j)"), complex(2), complex(1.5))
for bad in ["1+", "j1", "1 + 2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(e)
try:
    z < z
except TypeError as e:
    print(e)
print(repr(1 + 0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(1e20j), repr(1e-5 + 1j), repr(complex(1, 1e16)))
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
print(pow(1j, 2), 2 ** 1j == cmath.exp(1j * cmath.log(2)), (1 + 1j) ** 2)
try:
    (1 + 1j) // 2
except TypeError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
print(format(1 + 2j, ""), format(1.5 - 2.25j, ".2f"), format(3j, ">10"), f"{1+1j:g}")
print(complex(True, False), bool(0j), bool(1j), 1j.real, 1j.imag)
print(hash(3 + 0j) == hash(3), hash(1j) == hash(complex(0, 1)))
