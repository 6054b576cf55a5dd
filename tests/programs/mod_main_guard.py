import sys
def main(argv):
    print("main called with", len(argv), "args")
    return 0
print("module level, __name__ =", __name__)
print(sys.modules["__main__"].__name__, "main" in dir(sys.modules["__main__"]))
print(__file__.endswith("mod_main_guard.py"), __spec__ is None or __spec__.name)
print(type(__builtins__).__name__ in ("module", "dict"), __doc__, __package__)
if __name__ == "__main__":
    rc = main(sys.argv)
    print("rc", rc)
