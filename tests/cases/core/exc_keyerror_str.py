# str(KeyError) shows repr of the key; other exceptions show the message itself.
keys = ['name', 42, 3.5, (1, 'a'), None, '', "it's", 'a\nb', True, frozenset({1})]
for k in keys:
    try:
        {}[k]
    except KeyError as e:
        print(type(e).__name__, e, '|', repr(e), '|', e.args[0] == k)
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(e)
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)))
try:
    raise LookupError('plain')
except LookupError as e:
    print(e)
try:
    {'a': 1}.pop('b')
except KeyError as e:
    print(e)
try:
    set().remove('x')
except KeyError as e:
    print(e)
print(f'{KeyError("fmt")}', '%s' % KeyError('pct'), [KeyError('lst')])
