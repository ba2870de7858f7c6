# A `[]` passed to a method and dropped there may be reused for the next
# `[]`: every `[]` must still be a new, empty, independent list.
groups = {}
for i in range(12):
    groups.setdefault(i % 3, []).append(i)
print(groups)
seen = []
for i in range(5):
    got = {}.get(i, [])
    got.append(i)
    seen.append(got)
print(seen, len({id(x) for x in seen}))
a = []
b = []
a.append(1)
print(a, b, a is b, a == b)
print([].append(1), [].extend([]), [].copy(), [].count(0))
d = {"k": [9]}
x = d.setdefault("k", [])
y = d.setdefault("new", [])
y.append("first")
print(d, x, y)
keep = []
for i in range(40):
    t = [].copy()
    t.append(i)
    keep.append(t)
print(sum(len(k) for k in keep), keep[0], keep[-1])
cyc = []
cyc.append(cyc)
print(len(cyc), {}.get("no", []), isinstance({}.get(1, []), list))
def f(x=[]):
    x.append(1)
    return x
print(f(), f(), f([]), f([]))
