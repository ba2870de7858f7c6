# repr() of builtin values, nested containers and recursive lists.
vals = [None, True, 0, -5, 1.0, 1e-7, 'q', "'", '"', b'b', [], [1, [2]], (), (1,), (1, 2), {}, {'a': [1]},
        set(), {1}, frozenset({2}), range(3), range(1, 5, 2), slice(None), ..., NotImplemented, int, len]
for v in vals:
    print(repr(v))
lst = [1]
lst.append(lst)
print(repr(lst), str(lst))
d = {'self': None}
d['self'] = d
print(d, [d])
t = ([],)
t[0].append(t)
print(t)
print(repr('x') == "'x'", ascii('ü'), repr('ü'))
try:
    repr()
except TypeError as e:
    print(type(e).__name__, e)
