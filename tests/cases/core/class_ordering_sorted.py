# Rich comparison dunders, reflection, and sorting instances.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9', '1.2']]
print(sorted(vs), sorted(vs, reverse=True), max(vs), min(vs))
a, b = Version('1.0'), Version('2.0')
print(a < b, b > a, a == Version('1.0'), a != b)
try:
    print(a <= b)
except TypeError as e:
    print(type(e).__name__, e)
class Full(Version):
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
x, y = Full('1.0'), Full('1.0')
print(x <= y, x >= y, x > y, x < y)
log = []
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        log.append(f'{self.n}<{other.n}')
        return self.n < other.n
    def __gt__(self, other):
        log.append(f'{self.n}>{other.n}')
        return self.n > other.n
Loud(1) > Loud(2)
Loud(3) < Loud(4)
print(log)
try:
    sorted([Version('1'), 3])
except TypeError as e:
    print(type(e).__name__, e)
