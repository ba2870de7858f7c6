# print(): sep, end, multiple args, flush, file=sys.stdout, and str() of arguments.
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', sep=', ', end='!\n')
print('no newline', end='')
print(' <- continued')
print()
print(1, 2.5, None, True, [1, 'x'], {'k': (1,)}, sep=' | ')
print(*range(5), sep='-')
print('x', end='')
print('y', end='')
print()
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(sep='ignored')
print('', end='\n\n')
print('multi\nline', 'arg')
print('tab\tsep', sep='\t')
print(*[], sep='SEP', end='END\n')
print(*'abc', sep=None, end=None)
for bad in [{'sep': 1}, {'end': 2}, {'bogus': 3}]:
    try:
        print('x', **bad)
    except TypeError as e:
        print(type(e).__name__, e)
