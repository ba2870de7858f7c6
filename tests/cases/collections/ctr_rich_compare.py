from collections import Counter

p = Counter(a=1, b=2)
q = Counter(a=1, b=3)
pairs = [(p, q), (q, p), (p, p), (p, Counter(a=1, b=2, c=0)), (Counter(), Counter(x=-1))]
for x, y in pairs:
    print(x == y, x != y, x <= y, x < y, x >= y, x > y)
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
print(Counter(a=1, z=0) == {"a": 1})
print(Counter(a=1) == Counter(a=1, z=0))
try:
    p < {"a": 5}
except TypeError as e:
    print(type(e).__name__, e)
try:
    p <= 3
except TypeError as e:
    print(type(e).__name__, e)
print(Counter(a=-1) < Counter(), Counter() > Counter(a=-1))
