# Counter construction from iterables, mappings and keywords; missing keys count zero.
from collections import Counter
print(Counter('abracadabra'), Counter(['x', 'y', 'x']), Counter({'a': 3, 'b': -1}), Counter(a=2, b=0))
print(Counter(), Counter(''), repr(Counter()), Counter([1, 1, 2, 1.0, True]))
c = Counter('hello world')
print(c['l'], c['o'], c['z'], 'z' in c, len(c), c[' '])
c['z'] += 1
c['l'] -= 3
print(c['z'], c['l'], 'l' in c, sorted(c.items())[:3])
del c['z']
del c['never']
print('z' in c, c.get('q'), c.get('q', 'd'))
d = Counter(red=1)
d['blue'] = 0
print(d, list(d), +d)
print(Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1})
words = 'the cat the hat the bat a cat'.split()
print(Counter(words).most_common(2), Counter(w[0] for w in words))
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter([[1]])
except TypeError as e:
    print(type(e).__name__, e)
