# reversed() of a dict and of its views, with holes left by deletions.
d = {1: 'a', 2: 'b', 3: 'c'}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
del d[2]
print(list(reversed(d)))
del d[3]
d[5] = 'e'
print(list(reversed(d)), list(d) == list(reversed(list(reversed(d)))))
print(list(reversed({})), list(reversed({}.items())))
it = reversed(d)
d['new'] = 1
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(reversed(d.items()))[:1], list(reversed(d.values())))
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
v = d.values()
print({v: 1}[v] == 1, type(d.keys()).__hash__, type(d.items()).__hash__)
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError as e:
        print(type(e).__name__, e)

# __length_hint__ of the dict iterators, forward and reversed
dh = {1: 1, 2: 2, 3: 3}
for mk in (iter, lambda dh: iter(dh.values()), lambda dh: iter(dh.items()), reversed, lambda dh: reversed(dh.items())):
    it = mk(dh)
    a = it.__length_hint__()
    next(it)
    b = it.__length_hint__()
    list(it)
    c = it.__length_hint__()
    print(a, b, c)
it = iter(dh)
dh[9] = 9
print(it.__length_hint__())
del dh[9]
eh = {1: 1, 2: 2, 3: 3, 4: 4}
del eh[2]
r = reversed(eh)
print(r.__length_hint__(), next(r), r.__length_hint__())
