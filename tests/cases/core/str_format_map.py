# format_map uses the mapping directly, so a dict subclass with __missing__ works.
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
d = {'name': 'Ann', 'city': 'Oslo'}
print('{name} lives in {city}'.format_map(d))
print('{name} likes {food}'.format_map(Default(d)))
print('{a}{b}{a}'.format_map(Default(a='1')))
print('{x[0]} {y.real}'.format_map({'x': [9], 'y': 2}))
print('{n:>5}|{f:.1f}'.format_map({'n': 'r', 'f': 2.25}))
try:
    '{name} likes {food}'.format_map(d)
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{0}'.format_map(d)
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
try:
    '{x}'.format_map(['x'])
except TypeError as e:
    print(type(e).__name__, e)
