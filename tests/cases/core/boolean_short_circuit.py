# and/or return operands, not booleans, and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', [] and 'x', None or 0, 0 or None)
print(not 1, not 0, not '', (1 and 0) or 'fallback', 'a' and 'b' and 'c', 'a' or 'b' or 'c')
calls = []
def t(name, val):
    calls.append(name)
    return val
r = t('a', 0) and t('b', 1)
print(r, calls)
calls.clear()
r = t('a', 1) or t('b', 1)
print(r, calls)
calls.clear()
r = t('a', 0) or t('b', '') or t('c', 'C')
print(r, calls)
calls.clear()
r = t('a', 1) and t('b', 2) and t('c', 0) and t('d', 3)
print(r, calls)
print(True and not False, not (True and False), not True or True, False or not False)
x = None
print(x is not None and x.upper(), x or 'none', (x and x.upper()) or 'empty')
def g(d, k):
    return k in d and d[k] > 0
print(g({'a': 1}, 'a'), g({}, 'a'), g({'a': -1}, 'a'))
try:
    print(1 and undefined_thing)
except NameError as e:
    print(type(e).__name__, e)
print(0 and undefined_thing, 1 or undefined_thing)
