# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __repr__(self):
        return 'Both<repr>'
    def __str__(self):
        return 'Both<str>'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly:
    def __str__(self):
        return 'StrOnly-str'
b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r), f'{b}', f'{b!r}', '%s %r' % (b, b), '{}'.format(r))
print([b, r], (b,), {'k': b}, {1: r})
s = StrOnly()
print(s, str(s), f'{s}')
print(repr(s).startswith('<__main__.StrOnly object at '))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'{type(self).__name__}({self.x!r}, {self.y!r})'
class Point3(Point):
    pass
print(Point(1, 'a'), [Point3(0, 0.5)], repr(Point(None, [1])))
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
