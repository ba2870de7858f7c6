from collections import OrderedDict, Counter, defaultdict, ChainMap
from collections.abc import Mapping, MutableMapping, Hashable, Iterable, Sized, Container, Collection, Sequence

objs = [{}, OrderedDict(), Counter(), defaultdict(int), ChainMap(), [], (), "s", 1]
for o in objs:
    print(type(o).__name__, isinstance(o, Mapping), isinstance(o, MutableMapping),
          isinstance(o, Sized), isinstance(o, Hashable), isinstance(o, Sequence))
print(issubclass(dict, Mapping), issubclass(OrderedDict, MutableMapping), issubclass(Counter, dict))
print(issubclass(ChainMap, dict), issubclass(dict, Collection), issubclass(dict, Container))
print(isinstance({}.keys(), Iterable), isinstance({}.items(), Sized))
for abc in (Mapping, MutableMapping):
    try:
        abc()
    except TypeError as e:
        print(type(e).__name__, e)
class Partial(Mapping):
    def __getitem__(self, k):
        return 1
    def __len__(self):
        return 0
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)
class NoDel(MutableMapping):
    __getitem__ = __setitem__ = __iter__ = __len__ = lambda *a: 0
try:
    NoDel()
except TypeError as e:
    print(type(e).__name__, e)
