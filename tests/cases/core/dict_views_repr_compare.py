# repr of views, equality of views with sets and lists, value views never equal.
d = {'x': 1, 'y': [2], 3: None}
print(repr(d.keys()), repr(d.values()), repr(d.items()))
print(str({}.keys()), str({}.values()), str({}.items()), f'{d.keys()}')
print(d.keys() == {'x', 'y', 3}, d.keys() == ['x', 'y', 3], d.keys() == ('x', 'y', 3), list(d.keys()) == ['x', 'y', 3])
print(d.values() == d.values(), {1: 2}.values() == {1: 2}.values(), list({1: 2}.values()) == [2])
print({1: 'a'}.items() == {(1, 'a')}, {1: 'a'}.items() == [(1, 'a')], {1: 'a'}.items() == {1: 'a'}.items())
e = {1: 1}
e[1] = e
print(e, e.keys(), e.values(), e.items())
print([d.keys()], (d.values(),), {'v': d.items()})
print(len(d.keys()), len(d.values()), len(d.items()), bool({}.items()))
try:
    d.keys() < 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    d.keys()['x']
except TypeError as err:
    print(type(err).__name__, err)
