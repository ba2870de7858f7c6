# __eq__ and __hash__ together make instances usable as dict keys and in sets.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'P({self.x}, {self.y})'
a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a != b, a == c, a is b, a == (1, 2), hash(a) == hash(b))
d = {a: 'first'}
d[b] = 'second'
print(d, len(d), d[Point(1, 2)], Point(2, 1) in d)
s = {a, b, c, Point(2, 1)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
print([a, c].index(Point(2, 1)), [a, b, c].count(Point(1, 2)), a in [c, b])
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, len({p1, p2, p1}), {p1: 1}[p1])
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return 1
print(len({Key(1), Key(2), Key(1)}), {Key('a'): 'v'}[Key('a')])
try:
    print({Key('a'): 'v'}[Key('b')])
except KeyError as e:
    print(type(e).__name__, type(e.args[0]).__name__)
