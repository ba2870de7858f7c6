class Loud(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
    def __repr__(self):
        return "Loud(" + dict.__repr__(self) + ")"

d = Loud(a=1)
d["b"] = 2
print(d["a"])
print(d.get("a"), d.get("zz"))
d.update(c=3)
d.setdefault("e", 5)
print(dict(d), list(d.values()), {**d})
print(d, str(d), [d])
print(d.copy(), type(d.copy()).__name__)
print(type(d | {}).__name__)
d |= {"f": 6}
print(sorted(d))
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print("a" in d, d.pop("a"), len(d))
