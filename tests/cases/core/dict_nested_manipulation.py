# Working with nested dicts: deep get, deep set, merge, flatten and walk.
config = {'db': {'host': 'localhost', 'ports': [5432, 5433], 'opts': {'ssl': False}}, 'debug': True}
def deep_get(d, path, default=None):
    for key in path.split('.'):
        if not isinstance(d, dict) or key not in d:
            return default
        d = d[key]
    return d
print(deep_get(config, 'db.host'), deep_get(config, 'db.opts.ssl'), deep_get(config, 'db.nope', 'n/a'), deep_get(config, 'debug.x'))
def deep_set(d, path, value):
    *parents, last = path.split('.')
    for key in parents:
        d = d.setdefault(key, {})
    d[last] = value
deep_set(config, 'db.opts.ssl', True)
deep_set(config, 'cache.redis.port', 6379)
print(config)
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(deep_merge({'a': {'x': 1, 'y': 2}, 'b': 1}, {'a': {'y': 20, 'z': 30}, 'c': 3}))
def flatten(d, prefix=''):
    items = {}
    for k, v in d.items():
        key = f'{prefix}{k}'
        if isinstance(v, dict) and v:
            items.update(flatten(v, key + '.'))
        else:
            items[key] = v
    return items
print(flatten(config))
users = {'ann': {'roles': ['admin'], 'age': 30}, 'bob': {'roles': [], 'age': 25}}
users['bob']['roles'].append('dev')
users['ann']['age'] += 1
print(users, sorted(u for u, info in users.items() if 'dev' in info['roles']))
try:
    config['db']['opts']['missing']['x']
except KeyError as e:
    print(type(e).__name__, e)
try:
    config['debug']['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)
