print("pkg_demo.sub init runs")
from ..core import add as core_add
from .leaf import leaf_value
