# Nested unpacking in assignments and for loops.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, [2, (3, 4)]
print(a, b, c, d)
pairs = [(1, ('a', True)), (2, ('b', False))]
for num, (letter, flag) in pairs:
    print(num, letter, flag)
data = {'x': (1, 2), 'y': (3, 4)}
for key, (lo, hi) in data.items():
    print(key, lo + hi)
[p, q], r = 'ab', 'c'
print(p, q, r)
(x, *ys), z = [1, 2, 3], 4
print(x, ys, z)
m = [[1, 2], [3, 4]]
[[m00, m01], [m10, m11]] = m
print(m00 * m11 - m01 * m10)
for i, (k, v) in enumerate(sorted({'b': 2, 'a': 1}.items())):
    print(i, k, v)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
