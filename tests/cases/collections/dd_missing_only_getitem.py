from collections import defaultdict

calls = []
def fac():
    calls.append(1)
    return 0

d = defaultdict(fac)
print(d.get("a"), d.get("a", 9), calls)
print("a" in d, calls)
print(d.pop("a", "dflt"), calls)
try:
    d.pop("a")
except KeyError as e:
    print(type(e).__name__, e, calls)
print(d.setdefault("a", 7), calls, dict(d))
print(d["b"], calls, dict(d))
print(d.__missing__("z"), calls, "z" in d)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
print(list(d.keys()), list(d.values()))
try:
    d.popitem(); d.popitem(); d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict(d), calls)
d2 = defaultdict(None)
try:
    d2.__missing__("q")
except KeyError as e:
    print(type(e).__name__, e)
