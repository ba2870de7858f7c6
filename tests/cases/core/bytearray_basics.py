# bytearray: a mutable, unhashable sequence of bytes.
b = bytearray(b'ab')
b.append(99); b.extend([100, 101]); b[0] = 65
print(b, len(b), b[1], b[1:3], 99 in b, b'cd' in b, list(b), b == b'Abcde', bytes(b))
print(b.pop(), b.decode(), bytearray(3), bytearray('hi', 'ascii'), b + b'!', bool(bytearray()))
for bad in [lambda: hash(b), lambda: {b: 1}, lambda: b.__setitem__(0, 300), lambda: b[10]]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(type(b).__name__, isinstance(b, bytearray))
