# splitlines recognizes many line boundaries; keepends keeps them.
s = 'one\ntwo\r\nthree\rfour\n\nfive'
print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), 'x\n'.splitlines(), 'x\n'.split('\n'), '\n\n'.splitlines())
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
text = '''first line
    indented line

last line'''
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line), len(line))
print([l for l in text.splitlines() if l.strip()])
try:
    s.splitlines('x')
except TypeError as e:
    print(type(e).__name__, e)
