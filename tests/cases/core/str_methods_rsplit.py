# str.rsplit differs from split only when maxsplit limits the splits.
s = 'a/b/c/d'
print(s.rsplit('/'), s.rsplit('/', 1), s.rsplit('/', 2), s.split('/', 1), s.rsplit('/', 0))
print('  a  b  c  '.rsplit(), '  a  b  c  '.rsplit(None, 1), '  a  b  c  '.split(None, 1))
print('path/to/file.tar.gz'.rsplit('.', 1), 'noext'.rsplit('.', 1), 'aaaa'.rsplit('aa'))
print('x--y--z'.rsplit('--', maxsplit=1), ''.rsplit('x'), ''.rsplit())
name, _, ext = 'archive.tar.gz'.rpartition('.')
print(name, ext)
head, tail = 'k1=v1=v2'.rsplit('=', 1)
print(head, tail)
try:
    a, b = 'nosep'.rsplit('=', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.rsplit('')
except ValueError as e:
    print(type(e).__name__, e)
