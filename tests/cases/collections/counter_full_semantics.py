# Counter: construction, most_common ties, elements, update/subtract, operators, multiset comparisons.
from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(None))
print(c['a'], c['zz'], 'zz' in c, len(c), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
print(Counter({'x': 3, 'y': -1}), Counter(x=1, y=2), Counter([1, 1, 2], ), Counter(), Counter(None))
c2 = Counter(a=1)
c2.update('aab')
c2.update({'b': 5, 'q': 1})
c2.update(Counter(z=2), a=10)
print(c2)
c2.subtract('aaa')
c2.subtract({'q': 5})
c2.subtract(b=1)
print(c2, +c2, -c2)
a, b = Counter(a=3, b=1, c=0, d=-2), Counter(a=1, b=2, e=5, d=-4)
print(a + b, a - b, a | b, a & b, b - a, b | a)
x = Counter(a=3, b=1)
x += Counter(b=2, c=-1)
print(x)
x -= Counter(a=1, q=-3)
print(x)
x |= Counter(a=7, n=-1)
print(x)
x &= Counter(a=4, b=10)
print(x)
y = Counter(a=1)
y += {'a': 2, 'b': -1}
print(y)
try:
    y += 5
except Exception as e:
    print(type(e).__name__, e)
try:
    Counter(a=1) & {'a': 1}
except TypeError as e:
    print(e)
try:
    Counter(a=1) + 2
except TypeError as e:
    print(e)
print(repr(Counter(a=1) | {'b': 2}), repr({'b': 2} | Counter(a=1)))
p, q = Counter(a=1), Counter(a=1, b=0)
print(p == q, p != q, p <= q, p < q, p >= q, p > q, Counter(a=1) < Counter(a=2), Counter(a=2) > Counter(a=1, b=-1))
print(Counter(a=1) == {'a': 1}, {'a': 1} == Counter(a=1), Counter(a=0) == {}, Counter() == {})
for op in ['<', '<=', '>', '>=']:
    try:
        print(eval('Counter(a=1) %s {"a": 1}' % op) if False else '', end='')
    except TypeError as e:
        print(e)
try:
    Counter(a=1) < {'a': 2}
except TypeError as e:
    print(e)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Counter(1, 2)
except TypeError as e:
    print(e)
try:
    Counter(5)
except TypeError as e:
    print(e)
try:
    Counter([[1]])
except TypeError as e:
    print(e)
d = Counter(a=1)
del d['a']
del d['a']
print(d, d.copy(), type(d.copy()).__name__)
class MyC(Counter):
    pass
mc = MyC('aab')
print(mc, repr(mc.copy()), type(mc.copy()).__name__, mc['z'], type(mc + mc).__name__)
print(Counter({'a': 1.5, 'b': 2}), Counter({'a': 'x', 'b': 'y'}) if False else '')
print(Counter({'a': [1], 'b': (2,)}))
z = Counter('hello world')
print(z.most_common(3), sorted(z))
print(Counter(['x', 'y', 'x']).keys(), Counter(a=2).values(), Counter(a=2).items())
print(Counter(a=3).get('a'), Counter(a=3).get('b'), Counter(a=3).pop('a'), Counter().setdefault('k', 2))
cc = Counter(b=1, a=1, c=2)
print(cc, list(cc), cc.most_common(1))
print(isinstance(cc, dict), issubclass(Counter, dict), Counter.__name__, Counter.__module__, repr(Counter))
print(Counter(a=True, b=False), sum(Counter(a=2, b=3).values()))
print(Counter('aaa') == Counter('aaa'), Counter(a=1.0) == Counter(a=1))
t = Counter(a=2)
t.update(a=-2)
print(t, +t, bool(t))
print(Counter(a=1, b=2).total(), Counter().total(), Counter(a=0.5).total())
print(dict(Counter('bca')), Counter('bca') == Counter('abc'))
u = Counter(x=1)
u['y'] += 1
u['x'] -= 1
print(u)
