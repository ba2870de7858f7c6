# Iterating strings; ord/chr transformations (Caesar cipher etc.).
s = 'Hello'
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
print(list(s), tuple('ab'), set('aab') == {'a', 'b'}, sorted('hello'), [c * 2 for c in 'abc'])
def caesar(text, k):
    out = []
    for c in text:
        if c.isalpha():
            base = ord('A') if c.isupper() else ord('a')
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3), caesar('xyz', 3))
print(''.join(chr(ord(c) ^ 32) if c.isalpha() else c for c in 'MiXeD 1'))
print([chr(c) for c in range(65, 71)], ''.join(map(chr, [104, 105])), sum(map(ord, 'abc')))
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
