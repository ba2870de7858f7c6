# Counter subclasses with unary/binary operators, dict+MutableMapping bases, generic aliases of the classes.
from collections import Counter, defaultdict, OrderedDict, ChainMap
from collections.abc import Mapping, MutableMapping
class MC(Counter):
    pass
m = MC(a=2, b=-1)
print(-m, +m, type(-m).__name__, m + m, type(m + m).__name__, m == Counter(a=2, b=-1), m <= Counter(a=5))
class DM(dict, MutableMapping):
    pass
d = DM(a=1)
print(d, isinstance(d, Mapping), d.get('a'), type(d).__mro__[1].__name__)
print(defaultdict[str, int], OrderedDict[str, int], Counter[str], ChainMap[str, int])
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
class OD2(OrderedDict):
    pass
print(OD2(a=1, b=2) == OD2(b=2, a=1), OD2(a=1, b=2) == {'b': 2, 'a': 1}, OD2(x=1) == OrderedDict(x=1))
c = Counter('aab')
c2 = c
c2 += Counter('b')
print(c is c2, c)
c3 = Counter(a=1)
c3 |= Counter(a=0, b=3)
c3 &= Counter(b=1, a=5)
print(c3)
try:
    c3 -= 1
except Exception as e:
    print(type(e).__name__, e)
e = Counter()
e -= Counter(a=1)
print(e, Counter(a=-1) == Counter(), Counter(a=0) <= Counter(), Counter() < Counter(a=1))
dd = defaultdict(int)
dd2 = dd | dd
dd2['x'] += 1
print(dd2, dd, dd2.default_factory)
