# Set operations with key and item views against sets, lists, other views and generators.
inv_a = {'apple': 3, 'pear': 1, 'fig': 0}
inv_b = {'pear': 1, 'fig': 9, 'kiwi': 2}
print(sorted(inv_a.keys() & inv_b.keys()), sorted(inv_a.keys() | inv_b.keys()))
print(sorted(inv_a.keys() - inv_b.keys()), sorted(inv_a.keys() ^ inv_b.keys()))
print(sorted(inv_a.items() & inv_b.items()), sorted(inv_a.items() - inv_b.items()))
print(inv_a.keys() & ['fig', 'nope'], inv_a.keys() - ['apple', 'pear'], sorted(['fig'] & inv_a.keys()))
nums = {1: 'a', 2: 'b', 3: 'c'}
print(nums.keys() & {2, 3, 4}, nums.keys() | range(5), nums.keys() - (x for x in [1]), {0, 1} ^ nums.keys())
print(nums.keys() <= {1, 2, 3}, nums.keys() < {1, 2, 3, 4}, nums.keys() == {3, 2, 1}, nums.keys() != {1})
print(nums.items() <= {(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')}, nums.items() == {(1, 'a'), (2, 'b'), (3, 'c')})
print(nums.keys().isdisjoint([7, 8]), nums.items().isdisjoint([(1, 'b')]), nums.items().isdisjoint([(1, 'a')]))
print(type(nums.keys() & {1}).__name__, type(nums.items() | set()).__name__)
print(nums.keys() == nums.keys(), nums.items() == dict(nums).items(), nums.values() == nums.values())
common = inv_a.keys() & inv_b.keys()
print({k: (inv_a[k], inv_b[k]) for k in sorted(common)})
try:
    nums.values() | {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    nums.keys() & 7
except TypeError as e:
    print(type(e).__name__, e)
try:
    nums.keys() <= [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
