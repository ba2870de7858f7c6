# eval() of expressions over dicts sees the caller's names.
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(eval('a == b'), eval(' a | {"z": 3}\n'))
for op in ['<', '<=', '>', '>=']:
    try:
        eval('a %s b' % op)
    except TypeError as e:
        print(type(e).__name__, e)

def f(k):
    local = {k: 10}
    return eval('local[k] + len(a)')

print(f('q'), eval('{k: v for k, v in a.items()}', {'a': {'m': 1}}))
print(eval('d["x"]', {}, {'d': {'x': 42}}))
try:
    eval('{1: }')
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval('missing_name')
except NameError as e:
    print(type(e).__name__, e)
