# Float repr is the shortest string that round-trips.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 100.0, 1e15, 1e16,
        1e17, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e-10, 1e22, 1e23, 5e-324,
        1.7976931348623157e308, 2.5, 3.14159, 1e100, 12345.678, 0.3, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print([0.5, 1e16, -1e-7], (1.0,), {1.5: 2.5})
print(float('1.10'), float(' 2.5 '), float('1e3'), float('-.5'), float('5.'), float('1_0.5'))
print(float(7), float(-0), float(2 ** 70), float('  -inf'), float('nan'), float('Infinity'))
print(1e308 * 10, -1e308 * 10, 2.0 ** -1074, 2.0 ** -1075)
print(1.0 * 3, 7.0 / 2, 1e3, 1E-3, 0e0, 1_0.0_1)
for s in ['', 'abc', '1.2.3', '1e', '0x10', 'in f']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
