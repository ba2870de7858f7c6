# collections.abc: Mapping/MutableMapping mixins, abstract checks, isinstance of builtins.
from collections.abc import Mapping, MutableMapping, Iterable, Sized, Container, Hashable, Sequence, MutableSequence, Set, KeysView, ItemsView, ValuesView, Callable, Iterator, Collection
from collections import OrderedDict, defaultdict, Counter, ChainMap
class Store(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f'Store({self._d})'
s = Store({'A': 1}, B=2)
print(s, s['a'], s.get('C'), s.get('c', 3), 'b' in s, 'B' in s, len(s), list(s))
print(s.keys(), list(s.items()), list(s.values()), s == {'a': 1, 'b': 2}, s != {'a': 1})
print(s.pop('A'), s.pop('zz', None), s.setdefault('C', 3), s.setdefault('c', 9), s)
try:
    s.pop('nope')
except KeyError as e:
    print('KeyError', e)
s.update([('D', 4)])
s.update({'E': 5})
print(s.popitem(), s)
s.clear()
print(s, len(s), bool(s))
try:
    s.popitem()
except KeyError as e:
    print('KeyError', repr(e))
class Ro(Mapping):
    def __init__(self, d):
        self._d = dict(d)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Ro({'x': 1, 'y': 2})
print(r.get('x'), 'x' in r, r.keys() & {'x'}, r.items() | {('z', 3)} == {('x', 1), ('y', 2), ('z', 3)}, r == Ro({'y': 2, 'x': 1}), r == 5)
print(dict(r), {**r}, sorted(r.values()), ('x', 1) in r.items(), ('x', 2) in r.items())
try:
    r['q'] = 1
except TypeError as e:
    print(e)
try:
    Mapping()
except TypeError as e:
    print(e)
class Half(MutableMapping):
    def __getitem__(self, k): return 1
    def __iter__(self): return iter([])
    def __len__(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
vals = [{}, OrderedDict(), defaultdict(int), Counter(), ChainMap(), s, r, [], (), 'str', 1, {1}, frozenset(), {}.keys(), {}.items(), {}.values(), len, None, range(3), iter([])]
for abc in [Mapping, MutableMapping, Iterable, Sized, Container, Hashable, Sequence, MutableSequence, Set, KeysView, ItemsView, ValuesView, Callable, Iterator, Collection]:
    print(abc.__name__, ''.join('1' if isinstance(v, abc) else '0' for v in vals))
print(issubclass(dict, MutableMapping), issubclass(OrderedDict, Mapping), issubclass(list, Mapping), issubclass(Store, Mapping))
class Reg:
    pass
Mapping.register(Reg)
print(isinstance(Reg(), Mapping), isinstance(Reg(), MutableMapping), issubclass(Reg, Mapping))
class It:
    def __iter__(self):
        return iter([1])
print(isinstance(It(), Iterable), isinstance(It(), Sized), issubclass(It, Iterable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance(object(), Hashable))
print(Mapping.__module__, repr(MutableMapping), Store.__mro__[1:3])
def g(m: Mapping[str, int]) -> None:
    pass
print(Mapping[str, int], MutableMapping[str, list])
o = OrderedDict(a=1)
print([isinstance(v, abc) for v in (o.keys(), o.values(), o.items()) for abc in (Iterable, Sized, Hashable, KeysView, Set)])
