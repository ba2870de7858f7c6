# Seed 000, "OrderedDict — When It Still Matters": order-sensitive equality and move_to_end.
from collections import OrderedDict

# 1. Order-sensitive equality
od1 = OrderedDict([('a', 1), ('b', 2)])
od2 = OrderedDict([('b', 2), ('a', 1)])
regular1 = {'a': 1, 'b': 2}
regular2 = {'b': 2, 'a': 1}

print(od1 == od2)       # False — order matters for OrderedDict
print(regular1 == regular2)  # True — regular dict ignores order
print(od1 == regular2, regular2 == od2)  # mixed comparison ignores order

# 2. move_to_end() — useful for LRU patterns
cache = OrderedDict()
cache['page1'] = 'content1'
cache['page2'] = 'content2'
cache['page3'] = 'content3'

cache.move_to_end('page1')  # move to most recently used
print(list(cache.keys()))   # ['page2', 'page3', 'page1']

cache.move_to_end('page2', last=False)  # move to front (LRU = least recently used)
print(list(cache.keys()))   # ['page2', 'page3', 'page1']
print(cache)
try:
    cache.move_to_end('page9')
except KeyError as e:
    print(type(e).__name__, e)
