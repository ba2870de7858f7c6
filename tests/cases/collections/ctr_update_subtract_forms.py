from collections import Counter

c = Counter("aab")
c.update("abc")
print(c)
c.update({"a": 10, "z": -1})
print(c)
c.update(b=5, n=1)
print(c)
c.update(Counter(q=2), q=1)
print(c)
c.update()
c.subtract("aaa")
print(c)
c.subtract({"z": 5, "new": 2})
print(c)
c.subtract(n=1, b=20)
print(c)
c.subtract(Counter(a=100))
print(c)
for bad in (3, None):
    try:
        c.update(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c.subtract(3)
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
d2 = Counter()
d2.update(d, a=2)
print(d2, d)
