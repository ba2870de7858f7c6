# printf-style % formatting.
print('%s %d %f' % ('a', 5, 1.5), '%5s|%-5s|' % ('r', 'l'), '%05d %+d %x %X %o' % (42, 42, 255, 255, 8))
print('%.2f %10.3f| %e %g %g' % (3.14159, 2.5, 12345.678, 0.0001, 1e-5), '%%', '%c%c' % (65, 'b'))
print('%r %s' % ('q', 'q'), '%(name)s is %(age)d' % {'name': 'Ann', 'age': 30}, '%s' % [1, 2])
print('%s' % (1,), '%s' % ((1, 2),), '%d%%' % 50, '%i' % 7.9, '%3d|%-3d|' % (1, 2), '%#x %#o' % (255, 8))
print('%*d|' % (5, 42), '%.*f' % (2, 3.14159), '%-*s|' % (4, 'a'), '%s and %s' % ('x', 'y'))
print('%s' % None, '%s' % True, '%d' % True, '%.1f' % 2, '%s' % 2.0, '%a' % 'é')
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(k)s', {})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
