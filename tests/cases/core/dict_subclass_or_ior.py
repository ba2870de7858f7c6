# | and |= with a dict subclass that does not override them: dict.__or__
# gives a plain dict, dict.__ior__ updates the subclass instance in place.
from collections import OrderedDict, defaultdict

class Sub(dict):
    pass

s = Sub(e=5)
for other in ({'a': 1}, OrderedDict(b=2), defaultdict(list, c=3)):
    r = s | other
    print(type(r).__name__, r)
t = Sub(e=5)
u = t
t |= {'a': 1}
t |= [('w', 0)]
print(type(t).__name__, t, t is u)
for bad in (5, None):
    try:
        t |= bad
    except TypeError as e:
        print(type(e).__name__, e)
print(type({'a': 1} | OrderedDict(k=1)).__name__, type({'a': 1} | Sub(k=1)).__name__)
d = {'a': 1}
print(d.__ior__([('b', 2)]) is d, d, d.__ror__({'z': 0}), d.__ror__(5))
print(d.__lt__(d), d.__ge__({}))
try:
    d.__ior__(5)
except TypeError as e:
    print(type(e).__name__, e)

class P(dict):
    def __ior__(self, other):
        r = super().__ior__(other)
        return (type(r).__name__, dict(r))

p = P(a=1)
p |= {'b': 2}
print(p)
try:
    Sub() < Sub()
except TypeError as e:
    print(type(e).__name__, e)
