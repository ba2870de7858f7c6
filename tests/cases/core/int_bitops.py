# Bitwise operators on ints, including negatives (two's complement semantics).
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, bin(a & b), bin(a ^ b))
print(-1 & 0xFF, -256 | 0xF, -5 ^ 3, ~-1, ~0, -8 >> 1, -1 >> 10, -9 >> 2)
print(1 << 64, (1 << 64) >> 63, 1 << 0, 5 >> 10)
print(0xFF & ~0x0F, 6 & -6, -6 & 6, 12 | -13)
print(True << 3, 1 & True, 3 ^ True)
masks = [1 << i for i in range(8)]
print(masks, sum(masks), 0b10101010 & sum(masks[::2]))
n = 0b1011_0110
print([i for i in range(8) if n >> i & 1])
print(n.bit_length(), n.bit_count(), bin(n), format(n, '08b'), format(n, '#010b'))
x = 0
x |= 4; x |= 1; x ^= 5; x |= 8; x &= 12; x <<= 1
print(x)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 8 >> 1 + 1)
for expr in ['shift_neg', 'float_and', 'float_shift', 'str_or']:
    try:
        if expr == 'shift_neg':
            1 << -1
        elif expr == 'float_and':
            1.0 & 1
        elif expr == 'float_shift':
            2 >> 1.0
        else:
            'a' | 1
    except (ValueError, TypeError) as e:
        print(expr, type(e).__name__, e)
