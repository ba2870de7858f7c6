# Error messages of the collections mappings (CPython's exact texts).
from collections import defaultdict, OrderedDict, Counter, ChainMap
tests = [
    lambda: OrderedDict(1, 2),
    lambda: OrderedDict(5),
    lambda: OrderedDict([1]),
    lambda: OrderedDict().move_to_end(),
    lambda: OrderedDict().popitem(1, 2),
    lambda: OrderedDict(a=1).move_to_end('a', True, 1),
    lambda: OrderedDict()[[1]],
    lambda: OrderedDict()['k'],
    lambda: defaultdict(int, 5),
    lambda: defaultdict(int)[[1]],
    lambda: defaultdict(int, {}, {}),
    lambda: Counter().most_common('x'),
    lambda: Counter().update(1, 2),
    lambda: Counter().subtract(5),
    lambda: Counter(a='x').total(),
    lambda: Counter(a=1) < 5,
    lambda: -Counter(a='x'),
    lambda: Counter(a=1) - {'a': 1},
    lambda: list(Counter(a=1.5).elements()),
    lambda: ChainMap(5)['x'],
    lambda: ChainMap({}, 5)['x'],
    lambda: len(ChainMap(5)),
    lambda: ChainMap().pop(),
    lambda: ChainMap({'a': 1})[[1]],
    lambda: {'a': 1} | ChainMap(),
    lambda: ChainMap() | 5,
    lambda: OrderedDict() | 5,
    lambda: 5 | OrderedDict(),
    lambda: Counter() | 5,
    lambda: defaultdict(list).default_factory.x,
    lambda: hash(OrderedDict()),
    lambda: hash(Counter()),
    lambda: {OrderedDict(): 1},
    lambda: OrderedDict().foo,
    lambda: Counter().foo,
    lambda: ChainMap().foo,
    lambda: defaultdict.fromkeys(5),
    lambda: OrderedDict(a=1) + OrderedDict(b=2),
    lambda: Counter(a=1) * 2,
    lambda: Counter(a=1) ^ Counter(b=1),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, 'ok', r)
    except Exception as e:
        print(i, type(e).__name__, e)
from collections import OrderedDict as O
for f in [lambda: O().update(1, 2), lambda: O([(1,)]), lambda: O([(1, 2, 3)]), lambda: O([()]), lambda: O(['ab']), lambda: O().update(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def items(self):
        return [('i', 1)]
class K:
    def keys(self):
        return ['k']
    def __getitem__(self, k):
        return 2
print(O(I()), O(K()), O({'a': 1}, b=2), O(b=2, a=1))
o = O()
o.update([('x', 1)], y=2)
print(o, O(key=1).move_to_end(key='key'))
