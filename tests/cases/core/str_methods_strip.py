# strip/lstrip/rstrip with and without a character set; removeprefix/removesuffix.
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcHELLOcba'.strip('abc'), '...'.strip('.'))
print('www.example.com'.lstrip('w.'), 'www.example.com'.rstrip('.moc'), 'banana'.lstrip('ab'))
print(repr(''.strip()), repr('   '.strip()), 'a b'.strip(), '123abc321'.strip('0123456789'))
print('prefix_name'.removeprefix('prefix_'), 'prefix_name'.removeprefix('x'), 'file.py'.removesuffix('.py'))
print('aaab'.removeprefix('a'), 'abc'.removesuffix(''), 'hello'.strip('') + '|')
print('\u00a0nbsp\u00a0'.strip() == 'nbsp', ' x '.strip(None))
lines = ['  a\n', 'b  \n', '\n']
print([l.strip() for l in lines], [l.rstrip('\n') for l in lines])
try:
    'abc'.strip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
