# Exception args, str and repr for builtin exceptions.
excs = [ValueError(), ValueError('msg'), ValueError('a', 1), TypeError(42), KeyError('key'), KeyError(1),
        KeyError(('t', 1)), IndexError('list index out of range'), ZeroDivisionError('division by zero'),
        Exception(None), Exception(''), RuntimeError('a\nb'), StopIteration(5), AssertionError()]
for e in excs:
    print(repr(e), '|', str(e), '|', e.args, '|', len(e.args))
try:
    int('abc')
except ValueError as e:
    print(e.args, str(e) == e.args[0])
try:
    {}['missing']
except KeyError as e:
    print(e.args, str(e), repr(e.args[0]))
e = ValueError('one')
e.args = ('changed', 2)
print(e, repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise OverflowError('too big', 99)
except ArithmeticError as e:
    print(type(e).__name__, e, e.args[1])
