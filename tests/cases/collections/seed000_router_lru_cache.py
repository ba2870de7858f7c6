# Seed 000, "Real-World Patterns: URL Routing and LRU Cache", exercised.
from collections import defaultdict, OrderedDict

# URL router using defaultdict(list)
routes = defaultdict(list)
routes['GET'].append('/users')
routes['POST'].append('/users')
routes['GET'].append('/users/<id>')
print(dict(routes))
# {'GET': ['/users', '/users/<id>'], 'POST': ['/users']}

# LRU cache using OrderedDict
class LRUCache:
    def __init__(self, capacity):
        self.cache = OrderedDict()
        self.capacity = capacity

    def get(self, key):
        if key not in self.cache:
            return -1
        self.cache.move_to_end(key)
        return self.cache[key]

    def put(self, key, value):
        if key in self.cache:
            self.cache.move_to_end(key)
        self.cache[key] = value
        if len(self.cache) > self.capacity:
            self.cache.popitem(last=False)  # evict least recently used

lru = LRUCache(3)
for k in 'abc':
    lru.put(k, k.upper())
print(lru.cache)
print(lru.get('a'), lru.get('z'))
lru.put('d', 'D')            # evicts 'b', the least recently used
print(list(lru.cache), lru.get('b'))
lru.put('c', 'C2')           # update moves 'c' to the end
lru.put('e', 'E')            # evicts 'a'
print(lru.cache)
try:
    OrderedDict().popitem(last=False)
except KeyError as e:
    print(type(e).__name__, e)
