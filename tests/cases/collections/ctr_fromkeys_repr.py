from collections import Counter

try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Counter.fromkeys("abc", 1)
except NotImplementedError as e:
    print(type(e).__name__, e)
print(repr(Counter()))
print(repr(Counter(z=1, a=3, m=3, b=2)))
print(repr(Counter({1: 1.5, 2: 3, 3: -1})))
print(repr(Counter({"a": "x", "b": "y"})))
c = Counter(a=1)
c["self"] = 2
print(c)
class MyC(Counter):
    pass
print(MyC("aab"), repr(MyC()))
print(str(Counter(k=2)), [Counter(k=2)])
print(Counter("bca").copy(), type(MyC("a").copy()).__name__)
