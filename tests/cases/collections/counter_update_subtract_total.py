# update/subtract keep every count (even <= 0); total, elements, and fromkeys.
from collections import Counter
c = Counter('aab')
c.update('abc')
print(c)
c.update({'a': -10, 'z': 2})
print(c)
c.update(b=5)
print(c)
c.subtract('aaaz')
print(c)
c.subtract({'q': 1}, )
c.subtract(b=100)
print(c, c.total())
pos = Counter(x=2, y=0, z=1)
print(sorted(pos.elements()), list(Counter(a=2, b=-1, c=1).elements()), pos.total(), Counter().total())
print(''.join(sorted(Counter('hello').elements())))
d = Counter()
d.update()
d.update([])
d.update(Counter(k=1))
print(d)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    c.update(5)
except TypeError as e:
    print(type(e).__name__, e)
