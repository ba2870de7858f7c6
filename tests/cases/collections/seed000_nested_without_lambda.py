# Seed 000 "Common mistakes": defaultdict(defaultdict) gives inner dicts with no factory,
# so the inner read raises KeyError (the seed's AttributeError claim is wrong).
from collections import defaultdict
wrong = defaultdict(defaultdict)
inner = wrong['outer']
print(type(inner).__name__, inner.default_factory, inner)
try:
    wrong['outer']['inner'] += 1
except KeyError as e:
    print(type(e).__name__, e)
print(dict(wrong), len(wrong['outer']))
right = defaultdict(lambda: defaultdict(int))
right['outer']['inner'] += 1
print({k: dict(v) for k, v in right.items()})
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], 'x' in t['a'], list(t['a']))
def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(to_dict(t))
