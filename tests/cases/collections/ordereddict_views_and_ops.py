# OrderedDict views, iteration, | merging, construction from various sources, subclassing.
from collections import OrderedDict
od = OrderedDict([('one', 1), ('two', 2)])
od['three'] = 3
print(od.keys(), od.values(), od.items())
print(type(od.keys()).__name__, list(od), [k.upper() for k in od])
merged = od | {'four': 4, 'one': 'uno'}
print(type(merged).__name__, merged)
print(type({'z': 0} | od).__name__, {'z': 0} | od)
od |= [('five', 5)]
print(od)
print(OrderedDict({'b': 1, 'a': 2}), OrderedDict(zip('xy', range(2))), OrderedDict(a=1, b=2))
print(dict(od), list(od.items())[-1], next(reversed(od)))
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated()
lu['a'] = 1
lu['b'] = 2
lu['a'] = 3
print(lu, list(lu))
try:
    for k in od:
        od['new'] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    od | [('x', 1)]
except TypeError as e:
    print(type(e).__name__, e)
