from collections import Counter

a = Counter(a=3, b=-1, c=0)
orig = a
a += Counter(b=1, d=2)
print(a, a is orig)
a -= Counter(a=1, e=3)
print(a, a is orig)
a |= Counter(a=5, f=-1, g=1)
print(a, a is orig)
a &= Counter(a=4, g=7, z=1)
print(a, a is orig)
x = Counter(p=-3, q=2)
x += Counter()
print(x)
y = Counter(p=-3, q=2)
y -= Counter()
print(y)
try:
    a += {"a": 1}
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    a -= 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(a)
