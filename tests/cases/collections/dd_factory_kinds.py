from collections import defaultdict

class Box:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return "Box(%r)" % (self.items,)

d = defaultdict(Box)
d["a"].items.append(1)
d["a"].items.append(2)
print(d["a"], len(d))
lam = defaultdict(lambda: "N/A")
print(lam["x"], lam.get("y"), sorted(lam.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 3
nested["a"]["c"] += 1
nested["z"]["b"] -= 2
print({k: dict(v) for k, v in nested.items()})
counter = [0]
def make():
    counter[0] += 1
    return counter[0]
m = defaultdict(make)
print(m["p"], m["q"], m["p"], counter[0])
print(defaultdict(list).default_factory is list)
print(defaultdict().default_factory)
for f in (tuple, frozenset, str, float, bool):
    dd = defaultdict(f)
    print(f.__name__, repr(dd[0]))
try:
    defaultdict(42)
except Exception as e:
    print(type(e).__name__, e)
try:
    defaultdict("abc")
except Exception as e:
    print(type(e).__name__, e)
print(defaultdict(None, a=1), defaultdict(int, [(1, 2)], b=3))
