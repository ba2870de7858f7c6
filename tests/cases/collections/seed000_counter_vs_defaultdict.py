# Seed 000: "Counter also returns 0 for missing keys without creating entries — unlike
# defaultdict(int) which creates them", plus most_common() which defaultdict lacks.
from collections import Counter, defaultdict
words = 'red blue red green blue red'.split()
c = Counter(words)
dd = defaultdict(int)
for w in words:
    dd[w] += 1
print(c, dict(dd))
print(c['purple'], 'purple' in c, len(c))
print(dd['purple'], 'purple' in dd, len(dd))
print(c.most_common(), c.most_common(1), c == Counter(dict(dd)), c == dd)
print(isinstance(c, dict), isinstance(dd, dict), type(c).__mro__[1].__name__)
try:
    dd.most_common()
except AttributeError as e:
    print(type(e).__name__, e)
