from collections import ChainMap

a = {"p": 1, "q": 2}
b = {"r": 3, "p": 10}
c = {"s": 4, "r": 30, "t": 5}
cm = ChainMap(a, b, c)
print(list(cm), len(cm))
print(list(cm.keys()), list(cm.values()), list(cm.items()))
print(repr(cm))
print(dict(cm))
print(ChainMap({3: 3, 1: 1}, {2: 2, 1: 0}))
print(list(ChainMap({1: 1}, {2: 2}, {3: 3})))
print("r" in cm, "zz" in cm, cm.get("t"), cm.get("zz"), cm.get("zz", 0))
print(cm.keys() == {"p", "q", "r", "s", "t"}, sorted(cm.keys() & {"t", "zz"}))
nested = ChainMap(ChainMap({"i": 1}), {"j": 2})
print(nested, nested["i"], list(nested))
nested.maps[0]["k"] = 3
print(nested)
self_ref = ChainMap({})
self_ref.maps[0]["me"] = self_ref
print(self_ref)
try:
    ChainMap(a)[[1]]
except TypeError as e:
    print(type(e).__name__, e)
