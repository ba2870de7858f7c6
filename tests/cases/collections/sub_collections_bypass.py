from collections import defaultdict, OrderedDict, Counter

class DD(defaultdict):
    def __getitem__(self, k):
        print("DD get", k)
        return super().__getitem__(k)
    def __repr__(self):
        return "DD" + repr(dict(self))

d = DD(int)
d["x"] += 1
print(d.get("x"), d.get("y"), d)
print(d.setdefault("z", 2), d)

class OD(OrderedDict):
    def __setitem__(self, k, v):
        print("OD set", k, v)
        super().__setitem__(k, v)

o = OD([("a", 1)])
o.update(b=2)
o.setdefault("c", 3)
print(list(o), OD.fromkeys("xy", 0))

class C(Counter):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
    def __setitem__(self, k, v):
        print("C set", k, v)
        super().__setitem__(k, v)

c = C("aab")
print(c["a"], c.get("a"), c.most_common(1))
c.update("b")
c.subtract("a")
print(dict(c), c.total())
try:
    c["q"] += "x"
except TypeError as e:
    print(type(e).__name__, e)
