# str.format with automatic and explicit positional fields.
print('{} + {} = {}'.format(1, 2, 3))
print('{0} {1} {0}'.format('a', 'b'), '{1}{0}'.format('x', 'y'), '{}'.format([1, 2]))
print('{{}} {{{}}} {{0}}'.format('lit'), '{}%'.format(50), '{0}{0}{0}'.format('ha'))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'), '{0!r:>6}'.format('x'))
print('{:>5}|{:<5}|{:^5}|'.format('a', 'b', 'c'), '{:05d}'.format(42), '{:.3f}'.format(3.14159))
print('{}'.format(None), '{}'.format(True), '{}'.format(1.0), '{}'.format({'k': 'v'}), '{}'.format((1,)))
args = ['x', 'y', 'z']
print('{2}-{1}-{0}'.format(*args), '{}-{}'.format(*'ab'))
for fmt, a in [('{} {}', ('only',)), ('{0} {}', ('a', 'b')), ('{5}', ('a',)), ('{', ()), ('}', ()), ('{0:d}', ('s',))]:
    try:
        print(fmt.format(*a))
    except (IndexError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
