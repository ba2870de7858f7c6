# Composite keys: tuples, nested tuples, frozensets, None, bool, and mixed types.
grid = {}
for r in range(2):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid, grid[1, 2], grid[(0, 0)], (1, 1) in grid, (2, 0) in grid)
edges = {frozenset({'a', 'b'}): 5, frozenset({'b', 'c'}): 7}
print(edges[frozenset({'b', 'a'})], frozenset('cb') in edges, sorted(sorted(e) for e in edges))
mixed = {None: 'none', True: 'true', 0: 'zero', '': 'empty', (): 'unit', 2.5: 'float', (1, ('x', None)): 'nested'}
print(mixed)
print(mixed[None], mixed[1], mixed[False], mixed[(1, ('x', None))], mixed[()])
memo = {}
def paths(r, c):
    if (r, c) in memo:
        return memo[r, c]
    result = 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
    memo[r, c] = result
    return result
print(paths(5, 5), len(memo), memo[(2, 3)])
point_names = {(0, 0): 'origin'}
print(point_names.get((0, 0)), point_names.get((0.0, -0.0)), point_names.get([0, 0].__len__()))
try:
    grid[[1, 2]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    grid[(1, [2])] = 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    grid[5, 5]
except KeyError as e:
    print(type(e).__name__, e)
