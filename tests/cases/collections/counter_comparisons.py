# Counters compare as multisets (missing counts are zero) since 3.10.
from collections import Counter
a = Counter(a=1, b=2)
b = Counter(a=1, b=2, c=0)
c = Counter(a=2, b=3)
print(a == b, a != b, a <= c, a < c, c > a, c >= a, a <= a, a < a)
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1, b=1) <= Counter(a=1), Counter() <= Counter(x=-1))
print(a == {'a': 1, 'b': 2}, {'a': 1, 'b': 2} == a, a == {'a': 1, 'b': 2, 'c': 0})
print(Counter('listen') == Counter('silent'), Counter('abc') == Counter('abd'))
try:
    print(a < {'a': 5})
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Counter(a=3), Counter(a=1)], key=lambda k: k['a']))
