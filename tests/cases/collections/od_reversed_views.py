from collections import OrderedDict

o = OrderedDict([("one", 1), ("two", 2), ("three", 3)])
print(list(reversed(o)))
print(list(reversed(o.keys())), list(reversed(o.values())), list(reversed(o.items())))
print(o.keys())
print(o.values())
print(o.items())
print(repr(OrderedDict().keys()), repr(OrderedDict().items()))
k = o.keys()
o["four"] = 4
print(len(k), "four" in k, ("two", 2) in o.items(), 3 in o.values())
print(k & {"one", "zzz"}, sorted(k - {"one"}))
print(k == {"one", "two", "three", "four"})
it = reversed(o)
print(next(it), next(it))
o.move_to_end("one")
print(list(reversed(o)))
it2 = iter(o)
next(it2)
o["five"] = 5
try:
    next(it2)
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(o.keys()).__name__, type(o.values()).__name__, type(o.items()).__name__)
