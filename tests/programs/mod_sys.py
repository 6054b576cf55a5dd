import sys
print(type(sys.argv).__name__, sys.argv[0].endswith("mod_sys.py"), len(sys.argv))
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), type(sys.version).__name__)
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 8), type(sys.platform).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), type(sys.hash_info.modulus).__name__, sys.hash_info.modulus == 2 ** 61 - 1)
print(sys.getrecursionlimit(), type(sys.path).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.stdout is sys.__stdout__, hasattr(sys.stdin, "read"), sys.stderr.write("") == 0)
print(callable(sys.exit), sys.flags.optimize, type(sys.implementation.name).__name__)
print(sys.getdefaultencoding(), sys.intern("abc") == "abc", sys.executable != "" or True)
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", repr(e.code))
print(sys.float_repr_style, sys.maxunicode)
