# Equal-and-same-hash keys collapse: the first key object stays, the value is the last one.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, type(list(d)[0]).__name__)
e = {True: 'first'}
e[1] = 'second'
print(e, list(e)[0] is True)
f = {0.0: 'zero float'}
f[0] = 'int'
f[False] = 'bool'
f[-0.0] = 'negative zero'
print(f)
print({1, 1.0, True}, {0, 0.0, False, -0.0}, len({1: 0, 1.0: 0, True: 0}))
g = {2: 'two', 2.5: 'two and a half'}
print(g[2.0], 2.0 in g, g.get(5 / 2), g.pop(2.0), g)
h = {(1, 2): 'tuple'}
print(h[(1.0, 2.0)], (True, 2) in h, h.get((1, 2.0)))
k = {10 ** 20: 'big'}
print(k.get(1e20), 10 ** 20 == 1e20, k.get(float(10 ** 20)))
m = {'a': 1}
print(m.get(b'a'), 'a' == b'a', frozenset([1]) in {frozenset([1.0]): 1})
s = {1: 'x'}
s.update({1.0: 'y'})
s.setdefault(True, 'z')
print(s, list(s.keys())[0], type(list(s)[0]).__name__)
try:
    print(d[2])
except KeyError as err:
    print(type(err).__name__, err)
try:
    print(f[0.5])
except KeyError as err:
    print(type(err).__name__, err)
