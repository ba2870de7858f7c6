# most_common sorts by count, ties in first-insertion order; n larger than size; negative counts.
from collections import Counter
c = Counter('abracadabra')
print(c.most_common(), c.most_common(1), c.most_common(3), c.most_common(0), c.most_common(100))
ties = Counter(['z', 'y', 'x', 'y', 'z', 'w'])
print(ties, ties.most_common())
neg = Counter({'a': -2, 'b': 5, 'c': 0, 'd': -7})
print(neg.most_common(), neg.most_common(2), neg.most_common()[:-3:-1])
print(Counter('mississippi'), Counter('mississippi').most_common(2))
print(Counter({'b': 1, 'a': 1}), Counter({'a': 1, 'b': 1}))
c2 = Counter(a=1)
c2['b'] = 5
c2['a'] += 10
print(c2, c2.most_common())
print(sorted(Counter('banana').items(), key=lambda kv: (-kv[1], kv[0])))
try:
    c[['unhashable']]
except TypeError as e:
    print(type(e).__name__, e)
