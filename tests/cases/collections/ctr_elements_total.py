from collections import Counter

c = Counter(b=2, a=3, c=0, d=-2, e=1)
print(list(c.elements()))
print(c.total(), Counter().total(), Counter(x=-3).total())
print(sorted(Counter("hello").elements()))
print(list(Counter([5, 1, 5, 2, 1, 5]).elements()))
e = c.elements()
print(type(e).__name__ != "list", next(e))
big = Counter({"x": 10**20, "y": 1})
print(big.total())
try:
    Counter(a=1.5).elements()
    print(list(Counter(a=1.5).elements()))
except TypeError as ex:
    print(type(ex).__name__, ex)
print(Counter(a=2.5, b=1).total())
print(sum(Counter("aab").values()), len(Counter("aab")))
