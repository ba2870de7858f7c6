# str.encode and bytes.decode round trips with utf-8 and ascii.
for s in ['abc', 'é', 'naïve café', '€', '', '\n\t', 'A\x00B']:
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s, s.encode('utf-8') == b)
print('abc'.encode('ascii'), 'é'.encode('latin-1'), b'caf\xc3\xa9'.decode('utf-8'))
print('héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'replace'), b'\xff'.decode('utf-8', 'replace'))
print(list('hé'.encode()), bytes([104, 195, 169]).decode())
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b'\xc3'.decode()
except ValueError as e:
    print(type(e).__name__, isinstance(e, UnicodeError))
