"""Helper module for the import tests (not a test itself)."""
print("_helper_mod executing, __name__ =", __name__)
CONSTANT = 99
def helper(x):
    return x * 2
class Thing:
    pass
if __name__ == "__main__":
    print("this must not print when imported")
