# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 3 > 2, 1 != 2 != 1)
print(0 <= x <= 5 <= 5, x in [5] in [[5]], 'a' < 'b' <= 'b' != 'c', None is None is not False)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
def in_range(lo, n, hi):
    return lo <= n < hi
print([n for n in range(-2, 8) if in_range(0, n, 5)])
print((1 < 2) < 3, 1 < (2 < 3), (1 < 2) == True, 2 > 1 == 1)
a = [1, 2]
b = a
print(a is b is a, a == [1, 2] is not None, [] is not [])
try:
    print(1 < 2 < 'three')
except TypeError as e:
    print(type(e).__name__, e)
print(1 > 2 < 'three')
