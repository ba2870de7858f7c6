# update() with mappings, iterables of pairs, kwargs, combinations; returns None.
d = {'a': 1}
print(d.update({'b': 2}), d)
d.update([('c', 3), ['d', 4]])
d.update((('e', 5),))
d.update(f=6, a='kw wins')
print(d)
d.update({'g': 7}, g='kwarg after mapping', h=8)
print(d)
d.update()
d.update({})
d.update([])
print(len(d))
d.update(zip('xy', 'XY'))
d.update(enumerate(['zero', 'one']))
print(d)
d.update(d)
print(len(d))
class KeysAndGetitem:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper() * 2
d2 = {}
d2.update(KeysAndGetitem())
print(d2, dict(KeysAndGetitem()), {**KeysAndGetitem()})
d3 = {}
d3.update({1: 'a'}.items())
print(d3)
for bad in [5, [1, 2], ['abc'], None]:
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
