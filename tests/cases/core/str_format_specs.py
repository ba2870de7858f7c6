# Format spec mini-language applied through format() and str.format.
print(format('abc', '>6') + '|', format('abc', '<6') + '|', format('abc', '^7') + '|', format('abc', '.2'))
print(format('abc', '*^9'), format('abc', '06'), format('é', '>3'), format('', '-^4'))
print(format(3.14159, '.2f'), format(3.14159, '10.3f') + '|', format(-3.1, '+.1f'), format(3.1, ' .1f'))
print(format(1234.5, ','), format(1234.5, ',.2f'), format(1234567.891, '_.1f'), format(0.5, '.0f'), format(1.5, '.0f'))
print(format(0.000123, 'e'), format(123456.0, '.2e'), format(123456.0, 'E'), format(1e-10, 'g'), format(1e20, 'g'))
print(format(0.25, '%'), format(0.25, '.1%'), format(1 / 3, '.3g'), format(1234567.0, 'g'), format(100.0, 'g'))
print(format(2.0, ''), format(1e16, ''), format(1.0, '#.0f'), format(10, '.2f'))
print(format(-0.0, '.1f'), format(float('inf'), '>6'), format(float('nan'), '.2f'), format(-1.5, '=+8.2f'))
print(format(42, 'd'), format(42, '10d') + '|', format(42, '-^10d'), format(True, 'd'), format(True, ''))
print('{:,}'.format(10 ** 9), '{:>+10,.2f}|'.format(12345.678), '{:x<4d}'.format(7))
for spec in ['.2d', 'z', '<<', ',s']:
    try:
        print(format(5 if spec != ',s' else 'a', spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
