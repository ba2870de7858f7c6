# int/float/bytes methods: to_bytes/from_bytes, float hex round trips, bytes % and hex separators.
print((1024).to_bytes(2, 'big'), (-1).to_bytes(2, 'little', signed=True), (0).to_bytes(0, 'big'), (255).to_bytes())
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 0], 'little'), int.from_bytes(b''))
print((5e-324).hex(), (1e308).hex(), (-0.0).hex(), (1.5).hex(), float('inf').hex())
for h in ['0x1.fffffffffffffp+1023', '0x0.0000000000001p-1022', '-0x1p-1074', '0x1.8', 'inf', '-0X1P+3', '  0x.8p1 ']:
    print(h.strip(), float.fromhex(h), float.fromhex(float.fromhex(h).hex()) == float.fromhex(h))
print((10).bit_length(), (-(2 ** 70)).bit_count(), (7).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio())
print(b'%s %d %x %c %r|%5s|%-4d|' % (b'ab', 3, 255, 65, 'x', b'r', 7), b'%c' % b'z')
print(b'abcde'.hex('-', 2), b'abcde'.hex(':', -2), b'ab'.hex(b'_'), b'a b  c'.split(), b'a,b,,c'.rsplit(b',', 1))
print(b'Hello'.swapcase(), b'x'.center if False else b'  pad '.strip(), b'abc'.replace(b'', b'-'), b'aaa'.replace(b'a', b'b', 2))
print(b'hello'.partition(b'l'), b'hello'.rpartition(b'l'), b'one two'.title if False else b'www.x.com'.removeprefix(b'www.'))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: b'%s' % 'str', lambda: float.fromhex('0x1p'),
          lambda: (1).to_bytes(1, 'middle'), lambda: b'%c' % 300, lambda: b'a'.join(['b']), lambda: float.fromhex('0x1p99999')]:
    try:
        print(f())
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
