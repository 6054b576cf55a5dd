from .. import core
leaf_value = core.add(40, 2)
def where():
    return __name__
