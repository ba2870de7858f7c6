# Recursive and nested reprs of the collections mappings and their views.
from collections import Counter, OrderedDict, defaultdict, ChainMap
d = {}
dd = defaultdict(lambda: d)
dd['me'] = dd
print(repr(dd)[:40].split(' at ')[0])
class F:
    def __init__(self): self.dd = None
    def __call__(self): return 1
    def __repr__(self): return 'F(' + repr(self.dd) + ')'
f = F()
x = defaultdict(f)
f.dd = x
print(x)
od = OrderedDict()
od['a'] = [od]
od['b'] = {'o': od}
print(od, str(od), [od])
cm = ChainMap()
cm['self'] = cm
print(cm)
class S(dict):
    pass
s = S()
s['s'] = s
print(s, repr(s))
class SO(OrderedDict):
    pass
so = SO(x=1)
so['me'] = so
print(so)
print(OrderedDict(a=1).items(), str(OrderedDict(a=1).values()), list(reversed(OrderedDict(a=1, b=2).keys())))
print(SO.fromkeys('ab'), type(SO.fromkeys('ab')).__name__, Counter({'a': Counter(b=1)}))
k = OrderedDict(a=1, b=2).keys()
print(k - {'a'}, k | {'c'} == {'a', 'b', 'c'}, k ^ {'a'}, k.isdisjoint({'z'}), sorted(k & {'b'}))
print(repr(OrderedDict({1: OrderedDict()})), repr(defaultdict(None)), repr(Counter()), repr(Counter({'x': 0})))
try:
    OrderedDict(a=1) < OrderedDict(a=2)
except TypeError as e:
    print(type(e).__name__, e)
