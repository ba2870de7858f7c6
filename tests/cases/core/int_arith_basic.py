# Basic int arithmetic and literal forms.
print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 8 / 4, 7 // 2, 7 % 3, 2 ** 10)
print(1_000_000, 0x1F, 0o17, 0b1011, 0X_ff, 0B1_0)
print(-5 + 3, +4, -(-4), --4, -0, 0 == -0)
print(type(7 / 7).__name__, 7 / 7, type(7 // 7).__name__)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4, 17 % 5 * 2)
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x /= 4; print(x)
print(abs(-12), abs(12), int(-3.9), int(3.9), round(7 / 2))
print(int('42') + 1, str(42) + '1', int('-0'), int('+17'))
print(3 == 3.0, 3 < 3.5, 10 ** 20 > 1e19, 0.1 + 0.2 == 0.3)
print((123).bit_length(), (-1).bit_length(), (0).bit_length(), (255).bit_count())
print(max(3, 9, 2), min(3, 9, 2), sum(range(101)))
for bad in ['1 / 0', '1 // 0', '1 % 0', 'divmod(1, 0)', '0 ** -1']:
    try:
        if bad == '1 / 0':
            1 / 0
        elif bad == '1 // 0':
            1 // 0
        elif bad == '1 % 0':
            1 % 0
        elif bad == 'divmod(1, 0)':
            divmod(1, 0)
        else:
            0 ** -1
    except ZeroDivisionError as e:
        print(bad, '->', type(e).__name__, e)
try:
    print(1 + '1')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('1' + 1)
except TypeError as e:
    print(type(e).__name__, e)
