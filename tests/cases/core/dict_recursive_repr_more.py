# Self-referential dicts and lists print with {...} and [...] placeholders.
d = {}
d['me'] = d
print(d, repr(d), str(d), len(d), d['me'] is d, d['me']['me']['me'] is d)
a = {'name': 'a'}
b = {'name': 'b', 'peer': a}
a['peer'] = b
print(a)
print(b)
lst = [d]
print(lst, [lst, lst])
e = {'list': []}
e['list'].append(e)
e['tuple'] = (e,)
print(e)
f = {1: None}
f[1] = f.values()
print(f)
g = {'k': {}}
g['k']['back'] = g['k']
print(g)
class Holder:
    def __init__(self, d):
        self.d = d
    def __repr__(self):
        return f'Holder({self.d!r})'
h = {}
h['h'] = Holder(h)
print(h)
print(d == d)
x = {}
x['x'] = x
y = {}
y['x'] = y
try:
    print(x == y)
except RecursionError as err:
    print(type(err).__name__)
