import math
print(math.exp(1))
print(math.exp(1000))
