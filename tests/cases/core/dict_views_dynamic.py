# Views reflect later changes; reversed views; views of empty dicts; iteration after change.
d = {'a': 1}
ks, vs, its = d.keys(), d.values(), d.items()
snapshot = list(ks)
d['b'] = 2
d['a'] = 100
print(ks, vs, its, snapshot)
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
del d['a']
print(len(ks), 'a' in ks, 100 in vs, ('b', 2) in its, ('a', 100) in its)
d.update(c=3, d=4)
print(list(ks), [k for k in ks if k > 'b'], sum(vs), dict(its))
it = iter(ks)
print(next(it))
d['e'] = 5
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
r = reversed(d.items())
print(next(r))
d.clear()
print(ks, vs, its, list(reversed(ks)), bool(vs))
try:
    ks.add('x')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {ks: 1}
except TypeError as e:
    print(type(e).__name__, e)
