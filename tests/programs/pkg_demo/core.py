print("pkg_demo.core loads, __name__ =", __name__, "__package__ =", __package__)
def add(a, b):
    return a + b
COUNT = 0
