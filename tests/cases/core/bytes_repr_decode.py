# repr of bytes uses quotes like str and \x escapes for non-printables.
for b in [b'', b'abc', b"it's", b'say "hi"', b'both \' "', b'\x00\x01\x7f\x80\xff', b'\\', b'\r\n\t', bytes([32, 126, 127])]:
    print(repr(b), str(b) == repr(b), len(b))
data = 'Grüße, 世界'.encode('utf-8')
print(data, len(data), data.decode('utf-8'), data.decode('utf-8')[-2:])
print(data.decode('ascii', errors='ignore'), data.decode('latin-1')[:6])
print(b'abc'.decode('ascii'), str(b'abc', 'ascii'), b'%d-%s' % (5, b'x'), b'x'.hex())
print([bytes([c]) for c in b'hi'], b'hi'[0:1] == bytes([b'hi'[0]]))
print(f'{b"raw"}', str(b'q'), '%s' % b'z', '{}'.format(b'w'))
try:
    data.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    bytes('text')
except TypeError as e:
    print(type(e).__name__, e)
