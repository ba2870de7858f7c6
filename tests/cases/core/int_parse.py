# int() parsing: bases, underscores, whitespace, signs, and errors.
print(int('42'), int(' 42 '), int('-42'), int('+42'), int('\t7\n'), int('0'), int('000'))
print(int('1_000'), int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0))
print(int('0b101', 0), int('101', 2), int('z', 36), int('Z', 36), int('10', 36), int('777', 8))
print(int(3.99), int(-3.99), int(True), int(1e10), int('-0b11', 0), int(' -0x_1f ', 16))
print(int(), int(0), int('12345678901234567890123'))
bad = ['', ' ', '4.5', '1e3', 'abc', '0x10', '1__0', '_1', '1_', '- 1', '++1', '0b2', '12a']
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s, base in [('12', 2), ('g', 16), ('010', 0), ('1', 1), ('1', 37)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1], 'x1', float('inf'), float('nan')]:
    try:
        print(int(v))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
