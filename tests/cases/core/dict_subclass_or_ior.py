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
