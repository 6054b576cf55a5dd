import _circular_a
import _circular_b
print(_circular_a.A_VALUE, _circular_b.B_VALUE, _circular_a.from_b())
print("partial at import time:", _circular_b.PARTIAL_AT_IMPORT, "later:", _circular_b.a_partial())
