# None: the singleton, its repr, truthiness, comparisons and common errors.
x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x is not None, x == None, x != None)
print(bool(None), not None)
print(None == 0, None == False, None == '')
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
print([None] * 3, (None,), {None: 'nothing'}[None])
print(None or 'default', None and 'never')
d = {'a': None}
print(d.get('a'), d.get('b'), 'a' in d)
print(hash(None) == hash(None))
for op in ['lt', 'add', 'call', 'sub', 'len', 'attr', 'iter']:
    try:
        if op == 'lt':
            None < 1
        elif op == 'add':
            None + 1
        elif op == 'call':
            x()
        elif op == 'sub':
            x[0]
        elif op == 'len':
            len(None)
        elif op == 'attr':
            None.foo
        else:
            for _ in None:
                pass
    except (TypeError, AttributeError) as e:
        print(op, type(e).__name__, e)
print(type(None)() is None)
print(sorted([3, 1, 2], key=None))
print(print('inner') is None)
