# Escape sequences in string literals and their reprs.
s = 'tab\there\nnew\\back\'q\"dq'
print(s)
print(repr(s), len(s))
print(repr('\x41\x42'), '\101\102', '\u00e9', '\u03b1', '\U0001F600' == chr(0x1F600))
print(repr('\0'), repr('\a\b\f\v\r'), repr('\x7f'), repr('\x80'), repr('\xa0'), repr('\u200b'))
print(r'raw\n\t', len(r'\n'), repr(r'\d+'), R'x\y', r'a\\b')
print('line1\
continued', 'adjacent' ' strings' " joined", "it's", 'say "hi"')
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\\'))
print('''triple 'single' "double"''', """tri\"ple""")
print(len('\n'), len('\\n'), ord('\n'), ord('\t'), ord('\\'), ord('\''))
print('a\u0301' == '\u00e1', len('a\u0301'), 'caf\xe9')
try:
    print(chr(0x110000))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(ord('ab'))
except TypeError as e:
    print(type(e).__name__, e)
