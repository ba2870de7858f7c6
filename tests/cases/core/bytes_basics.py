# bytes literals, len, indexing (ints), slicing (bytes), iteration, concatenation.
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[:1]).__name__)
print(list(b), b + b' world', b * 2, b'l' in b, 104 in b, b'xyz' in b, b.upper(), b.count(b'l'))
print(b.find(b'l'), b.replace(b'l', b'L'), b.split(b'l'), b.startswith(b'he'), b'-'.join([b'a', b'b']))
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), b'\x00\xff', b'\t\n', bytes('hé', 'utf-8'))
print(b'abc' == b'abc', b'abc' < b'abd', b'a' == 'a', bytes() == b'', bool(b''), bool(b'\x00'))
print(b.hex(), bytes.fromhex('6869 21'), b'A'[0] + 1, sorted(b'cab'), max(b'azb'))
print([c for c in b'AZ'], b.decode(), b'  x '.strip(), b'a,b'.split(b','), b.isalpha())
for bad in ['index', 'assign', 'concat', 'range', 'neg']:
    try:
        if bad == 'index':
            b[10]
        elif bad == 'assign':
            b[0] = 72
        elif bad == 'concat':
            b + 'str'
        elif bad == 'range':
            bytes([256])
        else:
            bytes(-1)
    except (IndexError, TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
