# isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isidentifier/isprintable/isascii.
samples = ['123', '12.5', '-1', '', 'abc', 'abc123', 'ABC', ' ', '\t\n', 'a b', '²', '½', '٣', 'é', '_x1', '1x', 'hello\n', 'A_B']
print('sample digit decimal numeric alpha alnum space ident print ascii')
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print([w for w in 'x1 22 y 3z 456'.split() if w.isdigit()])
print(sum(int(c) for c in 'a1b2c3' if c.isdigit()))
try:
    '5'.isdigit('5')
except TypeError as e:
    print(type(e).__name__, e)
