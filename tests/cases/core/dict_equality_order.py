# Dict equality ignores order, compares values with ==, and dicts are not orderable.
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, list(a) == list(b), a != b, a == {'x': 1}, a == {'x': 1, 'y': 2.0}, {1: True} == {1.0: 1})
print({} == {}, {} == [], {'a': [1, 2]} == {'a': [1, 2]}, {'a': {'b': 1}} == {'a': {'b': 1.0}})
nan = float('nan')
print({'n': nan} == {'n': nan}, {'n': float('nan')} == {'n': float('nan')})
print(a == dict(a), a == a.copy(), a is a.copy(), dict(a.items()) == a)
class AlwaysEq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print({'k': AlwaysEq()} == {'k': 'anything'}, {'k': 'anything'} == {'k': AlwaysEq()})
for op in ['<', '<=', '>', '>=']:
    try:
        if op == '<':
            a < b
        elif op == '<=':
            a <= b
        elif op == '>':
            a > b
        else:
            a >= b
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    sorted([{'a': 1}, {'b': 2}])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([{'a': 2}, {'a': 1}], key=lambda d: d['a']))
