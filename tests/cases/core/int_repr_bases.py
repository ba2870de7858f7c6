# hex/oct/bin, format specs for ints, and str/repr of ints.
for n in [0, 1, 10, 255, -255, 4096, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n), repr(n), str(n))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, '#X'), format(255, 'o'))
print(format(5, 'b'), format(5, '08b'), format(-5, '08b'), format(5, '#b'))
print(format(1234567, ','), format(1234567, '_'), format(1234567, '_x'), format(-1234567, ',d'))
print(format(42, '>6'), format(42, '<6') + '|', format(42, '^6') + '|', format(42, '06'))
print(format(42, '+'), format(-42, '+'), format(42, ' '), format(42, '=+6'), format(42, '*^9'))
print(format(42, 'c'), format(65, 'c'), format(42, 'e'), format(42, '.2f'), format(42, '%'))
print(format(10 ** 20, ','), format(0, '#x'), format(-1, '#o'))
print(f'{255:#06x}', f'{3:03}', f'{-3:03}', f'{1000000:,.0f}')
try:
    format(42, 's')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(4.5, 'x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
