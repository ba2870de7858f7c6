# User classes as keys: __hash__/__eq__ consistency, identity keys, colliding hashes.
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f'C{self.x},{self.y}'
d = {Coord(0, 0): 'origin', Coord(1, 2): 'p'}
print(d[Coord(0, 0)], Coord(1, 2) in d, Coord(2, 1) in d, d)
d[Coord(0, 0)] = 'replaced'
print(len(d), d)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f'K({self.v})'
c = {Collide(i): i for i in range(10)}
print(len(c), c[Collide(7)], Collide(11) in c, list(c)[:3])
del c[Collide(3)]
c[Collide(3)] = 'back'
print(list(c.values()))
class Ident:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'I{self.n}'
a1, a2 = Ident(1), Ident(1)
e = {a1: 'first', a2: 'second'}
print(len(e), e[a1], e[a2], Ident(1) in e)
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
m = Mutable(1)
f = {m: 'stored'}
m.v = 2
print(m in f, Mutable(1) in f, Mutable(2) in f, len(f), list(f)[0] is m)
class EqError:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        raise ValueError('eq failed')
for g, probe in [({EqError(): 'x'}, Collide(0)), ({Collide(0): 'x'}, EqError())]:
    try:
        g[probe]
    except (ValueError, AttributeError) as err:
        print(type(err).__name__, err)
