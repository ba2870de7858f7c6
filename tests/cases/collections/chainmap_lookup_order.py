# ChainMap: lookups search maps left to right; iteration order comes from the last map first.
from collections import ChainMap
defaults = {'color': 'blue', 'user': 'guest', 'size': 'M'}
env = {'user': 'env-user'}
cli = {'size': 'XL'}
cm = ChainMap(cli, env, defaults)
print(cm['user'], cm['size'], cm['color'], cm.get('missing', 'dflt'), 'color' in cm, len(cm))
print(list(cm), list(cm.keys()), list(cm.values()), list(cm.items()))
print(dict(cm), cm.maps[0] is cli, len(cm.maps))
print(cm)
env['user'] = 'changed'
print(cm['user'])
print(ChainMap(), ChainMap({}), len(ChainMap()), bool(ChainMap({})), bool(ChainMap({}, {'a': 1})))
overlapping = ChainMap({'k': 1, 'a': 0}, {'z': 9, 'k': 2})
print(list(overlapping), overlapping['k'])
try:
    cm['nothing']
except KeyError as e:
    print(type(e).__name__, e)
