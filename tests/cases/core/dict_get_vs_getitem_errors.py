# Subscription errors: KeyError vs TypeError, messages for dicts and non-dicts.
d = {'a': 1, 2: 'two', (1, 2): 'tuple'}
for key in ['a', 'b', 2, 3, (1, 2), (2, 1), 2.0, None]:
    try:
        print(repr(key), '->', d[key])
    except KeyError as e:
        print(repr(key), '-> KeyError', e)
print(d.get('b', 'safe'), d.get((2, 1)))
for target, key in [(None, 'a'), (5, 'a'), ([1], 'a'), ('str', 'a'), ((1,), 1.5)]:
    try:
        target[key]
    except (TypeError, IndexError) as e:
        print(type(target).__name__, type(e).__name__, e)
try:
    d['a'] = d['missing']
except KeyError as e:
    print(type(e).__name__, e, d['a'])
try:
    d[['a']]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d['nope']
except KeyError as e:
    print(type(e).__name__, e)
