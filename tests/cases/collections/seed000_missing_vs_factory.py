# Seed 000 interview question: defaultdict.__missing__ vs the default_factory.
from collections import defaultdict
dd = defaultdict(list)
print(dd.default_factory, dd.__missing__('k'), dict(dd))
dd.default_factory = lambda: 'replaced factory'
print(dd['new'], dict(dd))
dd.default_factory = None
try:
    dd['other']
except KeyError as e:
    print(type(e).__name__, e)
try:
    dd.__missing__('direct')
except KeyError as e:
    print(type(e).__name__, e)
class Logging(defaultdict):
    def __missing__(self, key):
        print('missing called for', key)
        return super().__missing__(key)
lg = Logging(int)
lg['x'] += 5
print(lg, lg.get('y'), 'y' in lg, lg.pop('z', 'no factory call'))
class NoStore(dict):
    def __missing__(self, key):
        return f'default for {key}'
ns = NoStore()
print(ns['a'], ns, len(ns))
