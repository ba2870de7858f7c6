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
