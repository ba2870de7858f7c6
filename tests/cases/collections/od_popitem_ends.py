from collections import OrderedDict

o = OrderedDict((c, ord(c)) for c in "pqrst")
print(o.popitem())
print(o.popitem(last=False))
print(o.popitem(True), o.popitem(False))
print(o)
print(o.popitem(last=0))
try:
    o.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    o.popitem(last=False)
except KeyError as e:
    print(type(e).__name__, e)
r = OrderedDict.fromkeys(range(5), 0)
out = []
while r:
    out.append(r.popitem(last=len(r) % 2 == 0)[0])
print(out)
d = {"a": 1, "b": 2}
print(d.popitem(), d)
