# Set algebra with operators and methods (int elements print deterministically).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3, 10)), a.difference([1], [2]))
print(a <= a, a < a, {1, 2} < a, a >= {4}, a > {1, 2, 3, 4, 5}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({9}), {1} == {1.0}, {1, 2} == {2, 1}, set() == set())
c = {1, 2, 3}
c |= {4}; print(c)
c &= {2, 3, 4, 5}; print(c)
c -= {2}; print(c)
c ^= {3, 9}; print(c)
print(len(a | b), 3 in a, 7 not in a, sorted(a ^ b, reverse=True))
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
