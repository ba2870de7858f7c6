# Set operations and comparisons of dict views follow CPython's dictviews_*:
# the view side may be left or right, the other operand any iterable, and
# items views compare without hashing their values.
def show(label, f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = (type(r).__name__, sorted(r, key=repr))
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)

d = {1: [1], 2: 'b', 'x': 3}
e = {1: [1], 3: 'c'}
show('keys|int', lambda: d.keys() | 1)
show('int|keys', lambda: 1 | d.keys())
show('keys&int', lambda: d.keys() & 1)
show('int-keys', lambda: 1 - d.keys())
show('keys^int', lambda: d.keys() ^ 1)
show('values|set', lambda: d.values() | {1})
show('keys|list', lambda: d.keys() | [5])
show('list-keys', lambda: [5, 1] - d.keys())
show('dict|keys', lambda: {1: 2, 9: 0} | d.keys())
show('frozenset&keys', lambda: frozenset({1, 7}) & d.keys())
show('keys&str', lambda: d.keys() & 'abx')
show('items&items', lambda: d.items() & e.items())
show('items^items', lambda: d.items() ^ e.items())
show('items|items', lambda: d.items() | e.items())
show('items-items', lambda: d.items() - e.items())
show('keys-unhashable', lambda: d.keys() - [[1]])
show('items==items', lambda: d.items() == dict(d).items())
show('items!=items', lambda: d.items() != e.items())
show('keys==set', lambda: d.keys() == {1, 2, 'x'})
show('set==keys', lambda: {1, 2, 'x'} == d.keys())
show('set<keys', lambda: {1, 2} < d.keys())
show('keys>=set', lambda: d.keys() >= {1, 2})
show('keys<list', lambda: d.keys() < [1])
show('items==set', lambda: d.items() == {(1, 2)})
show('values==values', lambda: d.values() == d.values())
show('keys==dict', lambda: d.keys() == d)
show('in items', lambda: (1, [1]) in d.items())
show('in items bad', lambda: (1,) in d.items())
show('isdisjoint-noarg', lambda: {}.keys().isdisjoint())
show('isdisjoint-items-noarg', lambda: {}.items().isdisjoint())
show('isdisjoint-gen', lambda: {1: 2}.keys().isdisjoint(x for x in [2, 1]))
show('isdisjoint-self', lambda: (lambda k: k.isdisjoint(k))({}.keys()))
show('isdisjoint-items', lambda: {1: [2]}.items().isdisjoint([(1, [2])]))
show('isdisjoint-int', lambda: {}.keys().isdisjoint(1))

# user-defined operands on either side of a view
class Iterable:
    def __iter__(self):
        return iter([1, 5])

class RAnd:
    def __rand__(self, other):
        return 'RAnd.__rand__'

class Opaque:
    pass

show('Iterable|keys', lambda: Iterable() | d.keys())
show('keys|Iterable', lambda: d.keys() | Iterable())
show('Iterable-keys', lambda: Iterable() - d.keys())
show('keys&RAnd', lambda: d.keys() & RAnd())
show('Opaque|keys', lambda: Opaque() | d.keys())
show('keys^Opaque', lambda: d.keys() ^ Opaque())
show('Iterable|values', lambda: Iterable() | d.values())
