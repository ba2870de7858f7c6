# Seed 000, "Quick Debug Cheat Sheet": the commands it suggests, with CPython's real answers.
import collections
from collections import defaultdict, OrderedDict
d = collections.defaultdict(int); print(d['missing'])  # creates key
print(dict(d))
od1 = OrderedDict([('a', 1), ('b', 2)])
od2 = OrderedDict([('b', 2), ('a', 1)])
print(type(od1).__name__, type(od2).__name__)  # both must be OrderedDict for order-sensitive equality
print(od1.items() == od2.items())  # items views compare like sets: True although the order differs
print(list(od1.items()) == list(od2.items()))  # comparing as lists does see the order
print(od1 == od2, dict(od1) == dict(od2))
dd = defaultdict(lambda: defaultdict(int))  # correct nested pattern
print(isinstance(dd['outer'], defaultdict))  # should be True
dd['outer']['inner'] += 1
print(dd['outer']['inner'], dict(dd['outer']))
print(od1.keys() == od2.keys(), od1.values() == od2.values())
try:
    plain = defaultdict()
    plain['x']
except KeyError as e:
    print(type(e).__name__, e)
