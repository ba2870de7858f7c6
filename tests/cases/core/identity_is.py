# `is` compares identity; `==` compares values.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) == id(c))
print(None is None, True is True, type(None) is type(None), type(1) is int, type(True) is bool)
def f():
    pass
g = f
print(f is g, f == g, (lambda: 0) is (lambda: 0))
x = []
y = x
x += [1]
print(x is y)
x = x + [2]
print(x is y, x, y)
d = {}
print(d.setdefault('k', []) is d['k'], d.get('k') is d['k'])
t = (1, 2)
print(t[0] == 1, isinstance(t, tuple) is True)
class K:
    pass
k1, k2 = K(), K()
print(k1 is k2, k1 == k2, k1 != k2, k1 is k1, k1 == k1)
print([k1] == [k1], [k1] == [k2], k1 in [k2], k1 in [k1])
try:
    print(k1 < k2)
except TypeError as e:
    print(type(e).__name__, e)
