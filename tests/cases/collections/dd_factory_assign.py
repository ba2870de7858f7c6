from collections import defaultdict

d = defaultdict(int)
d["a"] += 1
d.default_factory = list
d["b"].append(5)
print(d)
d.default_factory = None
try:
    d["c"]
except Exception as e:
    print(type(e).__name__, e)
print(d.get("c"), "c" in d, len(d))
d.default_factory = lambda: "late"
print(d["c"], len(d))
try:
    d.default_factory = 5
except Exception as e:
    print(type(e).__name__, e)
print(d.default_factory() if callable(d.default_factory) else d.default_factory)
e = defaultdict(None)
try:
    e[(1, 2)]
except KeyError as ex:
    print(type(ex).__name__, ex, ex.args)
def boom():
    raise ValueError("factory failed")
f = defaultdict(boom)
try:
    f["k"]
except Exception as ex:
    print(type(ex).__name__, ex)
print("k" in f, len(f))
