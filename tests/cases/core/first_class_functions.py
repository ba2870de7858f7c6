# Functions are values: stored in containers, passed, returned, compared, attributes.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
table = {'add': add, 'sub': sub}
print([table[name](7, 3) for name in ['add', 'sub', 'add']])
print(add.__name__, callable(add), type(add).__name__, add is table['add'])
def apply(fn, *args):
    return fn(*args)
print(apply(add, 1, 2), apply(max, 3, 9, 4), apply(len, 'four'), apply(str.upper, 'x'))
funcs = [abs, str, len, bool]
print([f(-3) if f in (abs, str, bool) else f('abc') for f in funcs])
print(list(map(add, [1, 2], [10, 20])), sorted([sub, add], key=lambda f: f.__name__)[0].__name__)
def describe(fn):
    return f'{fn.__name__} -> {fn(4, 2)}'
print(describe(add), describe(sub), describe(pow))
add.note = 'custom attribute'
print(add.note, getattr(sub, 'note', 'none'))
print((lambda f: f(f(2)))(lambda x: x * x), str.__name__, len.__name__)
try:
    table['mul'](1, 2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    apply(5)
except TypeError as e:
    print(type(e).__name__, e)
