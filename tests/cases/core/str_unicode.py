# Unicode strings: len counts code points, indexing and case mapping.
s = 'naïve café ñ 日本語 😀'
print(s, len(s), s[0], s[-1], s[13:16], s.upper(), s[::-1])
print([ord(c) for c in 'é日😀'], chr(233), chr(26085), chr(128512), hex(ord('€')))
print('日本' + '語', '日' * 3, '本' in s, s.find('日'), s.count('a'), s.split(' '))
print('ÉCOLE'.lower(), 'ﬁ'.upper(), 'Σ'.lower(), 'ΣΑΣ'.lower())
print(sorted(['é', 'e', 'z', 'É', 'a']), 'é' > 'e', max('aé'), '😀'.isprintable())
print(len('😀'.encode('utf-8')), len('é'.encode()), len('日'.encode()), '日本'.encode())
print(repr('日本'), repr('é'), ascii('日本é'), '\u65e5' == '日', str('ü'))
print('ab😀cd'.index('c'), 'x😀y'.replace('😀', '!'), '😀😀'.count('😀'), list('a😀'))
print(f'{"日本":>6}|', f'{"é":*^5}', 'ä'.isalpha(), '٣'.isdigit(), '٣'.isascii())
try:
    print('日本'.encode('ascii'))
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
