from collections import Counter

print(Counter())
print(Counter("mississippi"))
print(Counter([3, 1, 3, 2, 1, 3]))
print(Counter({"a": 2, "b": -1, "c": 0}))
print(Counter(a=3, b=1))
print(Counter({"a": 1}, a=5, z=2))
print(Counter(Counter("aab")))
print(Counter((x % 3 for x in range(10))))
print(Counter(iter("zzy")), Counter(b"abca"))
for bad in (5, None, 1.5):
    try:
        Counter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Counter([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(Counter([("k", 2)]), Counter(dict([("k", 2)])))
