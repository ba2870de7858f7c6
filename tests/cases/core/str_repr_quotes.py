# repr of strings picks the quote style; str vs repr inside containers.
for s in ['plain', "it's", 'say "hi"', 'both \' and "', '', ' ', '\\', '\n', '\t\r', 'é', '\x00', '\x1b[0m', '\u2028']:
    print(repr(s), str(s) == s, len(repr(s)))
print(['a', "b'c", 'd"e'], ('x',), {'k': 'v'}, str(['a']), repr(['a']))
print(str('a'), repr('a'), repr(repr('a')), str(repr('a')), repr(str(1)))
print('%r' % 'x', '{!r}'.format("y'"), f'{"z"!r}', ascii("y'é"))
class R:
    def __repr__(self):
        return 'R()'
print(R(), [R()], str(R()), repr([R(), 'r']), f'{R()}')
class S:
    def __str__(self):
        return 'str-only'
    def __repr__(self):
        return 'S-repr'
print(S(), [S()], str(S()), (S(),), {'k': S()})
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
