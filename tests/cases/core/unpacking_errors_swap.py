# Tuple assignment, swaps, chained assignment, and unpacking errors.
a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = []
x.append(1)
print(x, y, z, x is z)
i, j, k = 'abc'
print(i, j, k)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, 'set'
print(i, lst)
a, b, c = range(3)
a, b, c = c, a, b
print(a, b, c)
d = {}
d['k'], d['j'] = 1, 2
print(d)
one, = [42]
print(one)
for bad in [[1, 2, 3], [1], 'abcd', 7]:
    try:
        p, q = bad
        print(p, q)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    p, q, r = iter([1, 2])
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q = {1: 'a', 2: 'b', 3: 'c'}
except ValueError as e:
    print(type(e).__name__, e)
