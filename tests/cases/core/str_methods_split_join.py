# str.split and str.join: separators, maxsplit, whitespace rules, errors.
s = 'a,b,,c'
print(s.split(','), s.split(',', 1), s.split(',', maxsplit=2), s.split(',', -1), s.split(',', 0))
print('  hello   world  '.split(), '  hello   world  '.split(' '), ''.split(), ''.split(','))
print('a b\tc\nd\r\ne\x0bf\x0cg'.split(), 'one  two three'.split(None, 1), '   '.split())
print('a::b::c'.split('::'), 'abc'.split('abc'), 'aaa'.split('a'), 'x'.split('y'))
print('1 2 3'.split(maxsplit=1), 'key=value=more'.split('=', 1))
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join('abc'), ', '.join([]), '|'.join(['only']))
print(' '.join(str(i) for i in range(5)), '\n'.join(['l1', 'l2']).split('\n'))
print('.'.join(('1', '2')), '+'.join({'k1': 1, 'k2': 2}), 'ab'.join('123'))
words = 'the quick brown fox'.split()
print(len(words), words[::-1], ' '.join(reversed(words)), '_'.join(w.upper() for w in words))
print(repr(','.join(['', '', ''])), 'a,b'.split(',') == ['a', 'b'])
try:
    ','.join(['a', 1, 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    ','.join(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a b'.split(1)
except TypeError as e:
    print(type(e).__name__, e)
