from collections import Counter

c = Counter("abracadabra")
print(c.most_common())
print(c.most_common(1), c.most_common(2), c.most_common(0))
print(c.most_common(-1), c.most_common(100) == c.most_common())
t = Counter({"x": 2, "a": 2, "m": 2, "b": 5})
print(t.most_common())
print(t.most_common(3))
u = Counter()
for k in [9, 3, 7, 3, 9, 1]:
    u[k] += 1
print(u.most_common(), u.most_common(2))
neg = Counter(a=-1, b=0, c=-5, d=1)
print(neg.most_common())
print(Counter().most_common(), Counter().most_common(3))
try:
    c.most_common("2")
except TypeError as e:
    print(type(e).__name__, e)
print(c.most_common(None)[:2])
