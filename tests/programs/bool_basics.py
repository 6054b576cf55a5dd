print(True, False, type(True), bool.__bases__)
print(True == 1, False == 0, True is True, True + 1, False * 5)
print(str(True), repr(False), int(True), float(False))
print(bool(), bool(0), bool(1), bool(-1), bool("False"), bool([]))
print(True & False, True | False, True ^ True, True & 3, True << 3)
print(type(True & False), type(True & 1), type(True + True))
print(sum([True, True, False]), max(False, True))
print(isinstance(False, int), issubclass(bool, int))
try:
    class B2(bool): pass
except TypeError as e:
    print(e)
print(f"{True}", f"{True:d}", "%d" % True, "%s" % False, format(True, "5"), format(False, ">6"))
print(True.real, True.numerator, hash(True), {True: "a", 1: "b"})
print(not True, True and False, True or False)
print(bool.__name__, [x for x in (0, 1, 2) if x])
print(True == 1.0, 1 < True + 1, True in [1], 0 in [False])
