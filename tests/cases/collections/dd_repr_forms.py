from collections import defaultdict

print(repr(defaultdict(int)))
print(repr(defaultdict(None, {1: 2})))
print(repr(defaultdict(list, {"a": [1]})))
class F:
    def __call__(self):
        return 0
    def __repr__(self):
        return "F()"
print(repr(defaultdict(F(), x=1)))
d = defaultdict(list)
d["self"] = d
print(repr(d))
e = defaultdict(dict)
e["k"]["inner"] = e
print(repr(e))
class DD(defaultdict):
    pass
print(repr(DD(int, a=1)))
print(str(defaultdict(tuple, b=())))
g = defaultdict(int)
g.default_factory = g
try:
    print(repr(g))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    g[1]
except Exception as ex:
    print(type(ex).__name__, ex)
