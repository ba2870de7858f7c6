import math
print(math.sine(1))
